package dev.memoria.it.caching;

import dev.memoria.CacheData;
import dev.memoria.CacheResource;
import dev.memoria.Unhashed;
import dev.memoria.it.support.Calls;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Cached methods that call themselves, and two that call each other from two threads. */
final class RecursionFixtures {

    static final Calls CALLS = new Calls();

    private RecursionFixtures() {
    }

    /**
     * Memoized through its own cache: each {@code n} runs once. Uncached, {@code fib(90)} would run for ages; the
     * body fails fast instead once it has run more often than memoization allows.
     */
    @CacheData
    static long fib(int n) {
        if (CALLS.record("fib", n) > 91) {
            throw new AssertionError("fib's body ran more than 91 times: fib is not memoized");
        }
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    /** Calls itself with the key it is computing: it could never finish. */
    @CacheData
    static int forever(int n) {
        CALLS.record("forever", n);
        return forever(n);
    }

    /** Terminates uncached, but its only parameter is left out of the key, so every level has the same key. */
    @CacheResource
    static int countdown(@Unhashed int n) {
        CALLS.record("countdown", n);
        return n == 0 ? 0 : countdown(n - 1);
    }

    /**
     * {@link #first} and {@link #second}, called on two threads with {@code true}, each enter their own body and then
     * call the other: each thread ends up waiting for a key the other one computes.
     */
    static final class Cycle {

        static final Calls CALLS = new Calls();
        static volatile CountDownLatch insideFirst;
        static volatile CountDownLatch insideSecond;

        private Cycle() {
        }

        static void arm() {
            insideFirst = new CountDownLatch(1);
            insideSecond = new CountDownLatch(1);
        }

        @CacheData
        static int first(@Unhashed boolean callSecond) {
            CALLS.record("first", callSecond);
            if (callSecond) {
                insideFirst.countDown();
                await(insideSecond);
                CALLS.record("first saw second", second(false));
            }
            return 1;
        }

        @CacheData
        static int second(@Unhashed boolean callFirst) {
            CALLS.record("second", callFirst);
            if (callFirst) {
                insideSecond.countDown();
                await(insideFirst);
                CALLS.record("second saw first", first(false));
            }
            return 2;
        }

        private static void await(CountDownLatch latch) {
            try {
                if (!latch.await(60, TimeUnit.SECONDS)) {
                    throw new AssertionError("the other thread never entered its body");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
