package dev.memoria.internal.flight;

import dev.memoria.internal.value.Stored;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * One computation in progress: the thread that owns it runs the method body; other callers with the same key wait
 * for it and share its result. The owner ends it exactly once, with {@link #land}, {@link #fail} or {@link #abort}.
 *
 * <p>The computation of an asynchronous method outlives its body: the body returns a future, the owner {@link #handOff
 * hands the flight off} and the flight ends when the future completes. Callers meanwhile never block: they follow it
 * with {@link #whenSettled}.
 */
public final class Flight {

    /** How often a waiter re-checks that it is not part of a wait cycle. */
    private static final long CYCLE_CHECK_MILLIS = 20;

    /** The thread running the body; {@code null} once an asynchronous body has returned its future. */
    private volatile Thread owner = Thread.currentThread();
    private final CountDownLatch done = new CountDownLatch(1);
    private final CompletableFuture<Stored> settled = new CompletableFuture<>();
    private volatile Stored result;
    private final WaitGraph waits;

    Flight(WaitGraph waits) {
        this.waits = waits;
    }

    /** Whether the calling thread runs this computation. */
    public boolean ownedByCurrentThread() {
        return owner == Thread.currentThread();
    }

    Thread owner() {
        return owner;
    }

    /**
     * The body returned a future and the computation goes on elsewhere: a later call on this thread follows the flight
     * rather than re-entering it.
     */
    public void handOff() {
        owner = null;
    }

    /** Publishes the stored result to every waiter. */
    public void land(Stored stored) {
        result = stored;
        settled.complete(stored);
        done.countDown();
    }

    /** Ends the computation without a result, another caller having found one. Waiters look again themselves. */
    public void abort() {
        settled.complete(null);
        done.countDown();
    }

    /**
     * Ends the computation without a result: the method threw, or its future failed. Blocking waiters try again
     * themselves; callers following the flight ({@link #whenSettled}) cannot, so they get {@code cause}.
     */
    public void fail(Throwable cause) {
        settled.completeExceptionally(cause);
        done.countDown();
    }

    /**
     * Runs {@code action} with the landed result ({@code null} after {@link #abort}) or the failure, once the flight
     * ends; at once when it has. It runs on the thread that ends the flight, so it must be short.
     */
    public void whenSettled(BiConsumer<Stored, Throwable> action) {
        settled.whenComplete(action);
    }

    /**
     * Waits for the owner.
     *
     * @return the landed result; {@link Outcome#retry()} when the owner aborted; {@link Outcome#computeAlone()}
     *         when waiting would close a cycle of threads waiting for each other, or this thread was interrupted
     */
    public Outcome await() {
        Thread me = Thread.currentThread();
        waits.waiting(me, this);
        try {
            while (!done.await(CYCLE_CHECK_MILLIS, TimeUnit.MILLISECONDS)) {
                if (waits.closesCycle(me, this)) {
                    return Outcome.computeAlone();
                }
            }
        } catch (InterruptedException e) {
            // Stop waiting but keep the interrupt: the body, run by this thread, receives it as it normally would.
            me.interrupt();
            return Outcome.computeAlone();
        } finally {
            waits.done(me);
        }
        Stored landed = result;
        return landed == null ? Outcome.retry() : Outcome.landed(landed);
    }
}
