package dev.memoria.it.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.fail;

/**
 * Many threads making a call at once. Overlap is arranged, not hoped for: a cached body calls
 * {@link #awaitOthersBlocked()} to stay open until every other thread of the crowd has made its call and is blocked
 * in it (waiting for the computation in flight), so the test proves what happens to callers that arrive while a body
 * runs, without sleeping for a guessed time.
 */
public final class Crowd<T> {

    /** What one thread's call returned or threw. */
    public record Outcome<T>(T value, Throwable thrown) {
    }

    private static final Set<Thread.State> BLOCKED = Set.of(Thread.State.WAITING, Thread.State.TIMED_WAITING,
            Thread.State.BLOCKED);
    private static final long TIMEOUT_SECONDS = 60;

    private final int size;
    private final IntFunction<T> call;
    private final CountDownLatch arrived;
    private final List<Thread> threads = new ArrayList<>();
    private final List<Outcome<T>> outcomes = new ArrayList<>();

    private Crowd(int size, IntFunction<T> call) {
        this.size = size;
        this.call = call;
        this.arrived = new CountDownLatch(size);
    }

    /** @param call the call thread {@code i} (0-based) makes */
    public static <T> Crowd<T> of(int size, IntFunction<T> call) {
        return new Crowd<>(size, call);
    }

    /** Starts every thread, waits for all of them, and returns their outcomes in thread order. */
    @SuppressWarnings("unchecked")
    public List<Outcome<T>> run() {
        Object[] values = new Object[size];
        Throwable[] thrown = new Throwable[size];
        for (int i = 0; i < size; i++) {
            int index = i;
            Thread thread = new Thread(() -> {
                arrived.countDown();
                try {
                    values[index] = call.apply(index);
                } catch (Throwable e) {
                    thrown[index] = e;
                }
            }, "crowd-" + i);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        for (Thread thread : threads) {
            try {
                thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        List<Thread> stuck = threads.stream().filter(Thread::isAlive).toList();
        if (!stuck.isEmpty()) {
            fail("%d of %d threads did not finish within %d s (deadlock?):%n%s", stuck.size(), size,
                    TIMEOUT_SECONDS, stuck.stream().map(Crowd::describe).collect(Collectors.joining("\n")));
        }
        for (int i = 0; i < size; i++) {
            outcomes.add(new Outcome<>((T) values[i], thrown[i]));
        }
        return List.copyOf(outcomes);
    }

    /**
     * Called from inside a cached body running on one of the crowd's threads: returns once every thread has made its
     * call and all the others are blocked.
     */
    public void awaitOthersBlocked() {
        try {
            if (!arrived.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                fail("not every thread of the crowd made its call");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        for (Thread thread : threads) {
            while (thread != Thread.currentThread() && thread.isAlive() && !BLOCKED.contains(thread.getState())) {
                if (System.nanoTime() > deadline) {
                    fail("thread %s never blocked:%n%s", thread.getName(), describe(thread));
                }
                Sleep.briefly();
            }
        }
    }

    private static String describe(Thread thread) {
        StringBuilder text = new StringBuilder(thread.getName()).append(" (").append(thread.getState()).append(")");
        for (StackTraceElement frame : thread.getStackTrace()) {
            text.append("\n    at ").append(frame);
        }
        return text.toString();
    }
}
