package dev.memoria.internal.flight;

import dev.memoria.internal.key.Key;
import dev.memoria.internal.value.Stored;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class FlightsTest {

    private static Key key(int n) {
        byte[] bytes = new byte[32];
        bytes[0] = (byte) n;
        return Key.fromBytes(bytes);
    }

    private static Stored stored() {
        return new Stored() {
            @Override
            public long weight() {
                return 1;
            }

            @Override
            public void released() {
            }

            @Override
            public long writtenAtMillis() {
                return 0;
            }
        };
    }

    /* --------------- join --------------- */

    @Test
    void firstCallerStartsTheFlightAndLaterCallersJoinIt() {
        Flights flights = new Flights(new WaitGraph());
        Flights.Joined first = flights.join(key(1));
        Flights.Joined second = flights.join(key(1));
        assertThat(first.started()).isTrue();
        assertThat(second.started()).isFalse();
        assertThat(second.flight()).isSameAs(first.flight());
        assertThat(first.flight().ownedByCurrentThread()).isTrue();
    }

    @Test
    void differentKeysFlyIndependently() {
        Flights flights = new Flights(new WaitGraph());
        assertThat(flights.join(key(1)).started()).isTrue();
        assertThat(flights.join(key(2)).started()).isTrue();
    }

    @Test
    void afterFinishTheNextCallerStartsAgain() {
        Flights flights = new Flights(new WaitGraph());
        Flight flight = flights.join(key(1)).flight();
        flight.land(stored());
        flights.finish(key(1), flight);
        assertThat(flights.join(key(1)).started()).isTrue();
    }

    /* --------------- await --------------- */

    @Test
    void everyWaiterReceivesTheLandedResult() throws Exception {
        Flights flights = new Flights(new WaitGraph());
        Flight flight = flights.join(key(1)).flight();
        Stored result = stored();
        List<FutureTask<Outcome>> waiters = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            FutureTask<Outcome> waiter = new FutureTask<>(() -> flights.join(key(1)).flight().await());
            waiters.add(waiter);
            threads.add(start("waiter-" + i, waiter));
        }
        try {
            threads.forEach(FlightsTest::awaitBlockedInFlight);
            flight.land(result);
            for (FutureTask<Outcome> waiter : waiters) {
                assertThat(waiter.get(10, TimeUnit.SECONDS).landed()).isSameAs(result);
            }
        } finally {
            flight.abort();
            threads.forEach(Thread::interrupt);
        }
    }

    @Test
    void aFailedOwnerSendsWaitersToRetry() throws Exception {
        Flight flight = new Flights(new WaitGraph()).join(key(1)).flight();
        FutureTask<Outcome> waiter = new FutureTask<>(flight::await);
        Thread thread = start("waiter", waiter);
        try {
            awaitBlockedInFlight(thread);
            flight.abort();
            Outcome outcome = waiter.get(10, TimeUnit.SECONDS);
            assertThat(outcome.landed()).isNull();
            assertThat(outcome.shouldComputeAlone()).isFalse();
        } finally {
            thread.interrupt();
        }
    }

    private static Thread start(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /**
     * Returns once {@code waiter} is parked in {@link Flight#await} and has since woken once to check for a wait cycle
     * and parked again: it is a blocked waiter, not one that will find the flight already ended. (The JVM counts each
     * park of a thread in its waited count.)
     */
    private static void awaitBlockedInFlight(Thread waiter) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        @SuppressWarnings("deprecation") // Thread.threadId() is Java 19+
        long id = waiter.getId();
        long firstPark = -1;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            ThreadInfo info = threads.getThreadInfo(id, Integer.MAX_VALUE);
            assertThat(info).as("%s ended before the flight did", waiter.getName()).isNotNull();
            boolean parked = (info.getThreadState() == Thread.State.WAITING
                              || info.getThreadState() == Thread.State.TIMED_WAITING)
                             && Arrays.stream(info.getStackTrace()).anyMatch(frame ->
                    frame.getClassName().equals(Flight.class.getName()) && frame.getMethodName().equals("await"));
            if (parked && firstPark < 0) {
                firstPark = info.getWaitedCount();
            } else if (parked && info.getWaitedCount() > firstPark) {
                return;
            }
            assertThat(System.nanoTime()).as("%s never blocked in Flight.await: %s", waiter.getName(), info)
                    .isLessThan(deadline);
            Thread.yield();
        }
    }

    @Test
    void threadsWaitingForEachOtherDoNotDeadlock() throws Exception {
        Flights flights = new Flights(new WaitGraph());
        CountDownLatch bothOwn = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Outcome> first = pool.submit(() -> waitForOther(flights, key(1), key(2), bothOwn));
            Future<Outcome> second = pool.submit(() -> waitForOther(flights, key(2), key(1), bothOwn));
            Outcome a = first.get(10, TimeUnit.SECONDS);
            Outcome b = second.get(10, TimeUnit.SECONDS);
            assertThat(a.shouldComputeAlone() || b.shouldComputeAlone()).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    /** Owns {@code own}, then waits for {@code other}, which the other thread owns; lands its own when done. */
    private static Outcome waitForOther(Flights flights, Key own, Key other, CountDownLatch bothOwn)
            throws InterruptedException {
        Flight mine = flights.join(own).flight();
        bothOwn.countDown();
        bothOwn.await();
        Outcome outcome = flights.join(other).flight().await();
        mine.land(stored());
        return outcome;
    }

    @Test
    void anInterruptedWaiterComputesAloneAndKeepsItsInterrupt() throws Exception {
        Flight flight = new Flights(new WaitGraph()).join(key(1)).flight();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<boolean[]> waiter = pool.submit(() -> {
                Thread.currentThread().interrupt();
                Outcome outcome = flight.await();
                return new boolean[] {outcome.shouldComputeAlone(), Thread.currentThread().isInterrupted()};
            });
            assertThat(waiter.get(10, TimeUnit.SECONDS)).containsExactly(true, true);
        } finally {
            flight.abort();
            pool.shutdownNow();
        }
    }
}
