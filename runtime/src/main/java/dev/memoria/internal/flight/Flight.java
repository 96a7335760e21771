package dev.memoria.internal.flight;

import dev.memoria.internal.value.Stored;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One computation in progress: the thread that owns it runs the method body; other callers with the same key wait
 * for it and share its result. The owner ends it exactly once, with {@link #land} or {@link #abort}.
 */
public final class Flight {

    /** How often a waiter re-checks that it is not part of a wait cycle. */
    private static final long CYCLE_CHECK_MILLIS = 20;

    private final Thread owner = Thread.currentThread();
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile Stored result;

    Flight() {
    }

    /** Whether the calling thread runs this computation. */
    public boolean ownedByCurrentThread() {
        return owner == Thread.currentThread();
    }

    Thread owner() {
        return owner;
    }

    /** Publishes the stored result to every waiter. */
    public void land(Stored stored) {
        result = stored;
        done.countDown();
    }

    /** Ends the computation without a result: the method threw. Waiters then try again themselves. */
    public void abort() {
        done.countDown();
    }

    /**
     * Waits for the owner.
     *
     * @return the landed result; {@link Outcome#retry()} when the owner aborted; {@link Outcome#computeAlone()}
     *         when waiting would close a cycle of threads waiting for each other, or this thread was interrupted
     */
    public Outcome await() {
        Thread me = Thread.currentThread();
        WaitGraph.waiting(me, this);
        try {
            while (!done.await(CYCLE_CHECK_MILLIS, TimeUnit.MILLISECONDS)) {
                if (WaitGraph.closesCycle(me, this)) {
                    return Outcome.computeAlone();
                }
            }
        } catch (InterruptedException e) {
            // Stop waiting but keep the interrupt: the body, run by this thread, receives it as it normally would.
            me.interrupt();
            return Outcome.computeAlone();
        } finally {
            WaitGraph.done(me);
        }
        Stored landed = result;
        return landed == null ? Outcome.retry() : Outcome.landed(landed);
    }
}
