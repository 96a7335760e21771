package dev.memoria.it.caching;

import dev.memoria.CacheStats;
import dev.memoria.CachedFunction;
import dev.memoria.Memoria;
import dev.memoria.it.caching.ConcurrencyFixtures.Shared;
import dev.memoria.it.support.Crowd.Outcome;
import dev.memoria.it.support.Crowd;
import dev.memoria.it.support.FreshCaches;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Callers that arrive while a body runs are held until it ends: {@link Crowd#awaitOthersBlocked()} keeps each body
 * open until every other thread has made its call and is blocked in it, so overlap is certain, not hoped for.
 */
@ExtendWith(FreshCaches.class)
@DisplayName("Concurrency: concurrent callers of one key run the body once and share its result")
class ConcurrencyIT {

    static Stream<Named<Shared>> both() {
        return ConcurrencyFixtures.both();
    }

    @DisplayName("§7 scenario 37: 50 threads call an unwarmed method; all get 42, the body runs once, and the"
                 + " statistics count 1 miss and 49 hits")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void fiftyThreadsOneBodyRun(Shared shared) {
        CachedFunction answer = Memoria.function(shared.getClass(), "answer");
        CacheStats before = answer.stats();
        Crowd<Integer> crowd = Crowd.of(50, thread -> shared.answer());
        shared.calls().whenBodyRuns("answer", run -> crowd.awaitOthersBlocked());

        List<Outcome<Integer>> outcomes = crowd.run();

        assertThat(outcomes).containsOnly(new Outcome<>(42, null)).hasSize(50);
        assertThat(shared.calls().count("answer")).isEqualTo(1);
        CacheStats after = answer.stats();
        assertThat(after.misses() - before.misses()).isEqualTo(1);
        assertThat(after.hits() - before.hits()).isEqualTo(49);
    }

    @DisplayName("§7 scenario 38 and §3.2: 50 threads over 5 keys; each key's body runs exactly once, and the five"
                 + " bodies run at the same time")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void oneBodyRunPerKeyAndKeysInParallel(Shared shared) {
        CyclicBarrier allFiveKeysInside = new CyclicBarrier(5);
        Crowd<Integer> crowd = Crowd.of(50, thread -> shared.tenTimes(thread % 5));
        shared.calls().whenBodyRuns("tenTimes", run -> {
            awaitBarrier(allFiveKeysInside); // times out unless the five keys compute in parallel
            crowd.awaitOthersBlocked();
        });

        List<Outcome<Integer>> outcomes = crowd.run();

        assertThat(outcomes).containsExactlyElementsOf(
                IntStream.range(0, 50).mapToObj(thread -> new Outcome<>(thread % 5 * 10, null)).toList());
        assertThat(shared.calls().arguments("tenTimes")).extracting(arguments -> arguments.get(0))
                .containsExactlyInAnyOrder(0, 1, 2, 3, 4);
    }

    @DisplayName("§7 scenario 39: 50 threads clearing all caches or this method's cache while others call it raise"
                 + " no error, and the method still returns 42")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void concurrentClearsAreSafe(Shared shared) {
        CachedFunction answer = Memoria.function(shared.getClass(), "answer");
        shared.answer();

        List<Outcome<Integer>> outcomes = Crowd.of(50, thread -> switch (thread % 3) {
            case 0 -> {
                Memoria.clearAll();
                yield 42;
            }
            case 1 -> {
                answer.clear();
                yield 42;
            }
            default -> shared.answer();
        }).run();

        assertThat(outcomes).containsOnly(new Outcome<>(42, null));
        assertThat(shared.answer()).isEqualTo(42);
    }

    @DisplayName("§3.2: a failure is not shared with the callers waiting for it: one of them runs the body again"
                 + " and the others share that result")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void waitersRetryAfterAFailure(Shared shared) {
        IllegalStateException failure = new IllegalStateException("first attempt fails");
        Crowd<Integer> crowd = Crowd.of(5, thread -> shared.flaky());
        shared.calls().whenBodyRuns("flaky", run -> {
            if (run == 1) {
                crowd.awaitOthersBlocked();
                throw failure;
            }
        });

        List<Outcome<Integer>> outcomes = crowd.run();

        assertThat(outcomes).filteredOn(outcome -> outcome.thrown() != null).singleElement()
                .isEqualTo(new Outcome<>(null, failure));
        assertThat(outcomes).filteredOn(outcome -> outcome.thrown() == null).hasSize(4)
                .containsOnly(new Outcome<>(7, null));
        assertThat(shared.calls().count("flaky")).isEqualTo(2);
    }

    @DisplayName("§3.2: when every attempt fails, each waiting caller runs the body itself and gets its own exception")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void everyWaiterComputesWhenEveryAttemptFails(Shared shared) {
        Crowd<Integer> crowd = Crowd.of(5, thread -> shared.flaky());
        shared.calls().whenBodyRuns("flaky", run -> {
            if (run == 1) {
                crowd.awaitOthersBlocked();
            }
            throw new IllegalStateException("attempt " + run);
        });

        List<Outcome<Integer>> outcomes = crowd.run();

        assertThat(outcomes).extracting(outcome -> outcome.thrown().getMessage())
                .containsExactlyInAnyOrder("attempt 1", "attempt 2", "attempt 3", "attempt 4", "attempt 5");
        assertThat(shared.calls().count("flaky")).isEqualTo(5);
    }

    private static void awaitBarrier(CyclicBarrier barrier) {
        try {
            barrier.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
            throw new AssertionError("the bodies of the five keys did not all run at the same time", e);
        }
    }
}
