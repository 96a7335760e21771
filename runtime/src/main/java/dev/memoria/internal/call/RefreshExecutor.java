package dev.memoria.internal.call;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where background refreshes run: daemon platform threads ({@code memoria-refresh-N}), created by the first refresh
 * and ended after a minute idle, so a JVM that never refreshes in the background never creates one. Not virtual
 * threads: a refresh must not wait for carriers that the application's own virtual threads can pin or saturate. At
 * most {@link #MAX_RUNNING} run at once across the JVM; a refresh that finds no room is not started, and the next
 * stale hit of its key tries again. The engine owns one.
 */
final class RefreshExecutor {

    static final int MAX_RUNNING = 64;

    private final Semaphore room = new Semaphore(MAX_RUNNING);
    private final AtomicInteger created = new AtomicInteger();
    private volatile ExecutorService threads;

    /** Runs {@code task} in the background; {@code false} when too many refreshes run already. */
    boolean trySubmit(Runnable task) {
        if (!room.tryAcquire()) {
            return false;
        }
        try {
            threads().execute(() -> {
                try {
                    task.run();
                } finally {
                    room.release();
                }
            });
            return true;
        } catch (RuntimeException rejected) {
            room.release();
            return false;
        }
    }

    private ExecutorService threads() {
        ExecutorService started = threads;
        if (started == null) {
            synchronized (this) {
                started = threads;
                if (started == null) {
                    started = Executors.newCachedThreadPool(task -> {
                        Thread thread = new Thread(task, "memoria-refresh-" + created.incrementAndGet());
                        thread.setDaemon(true);
                        return thread;
                    });
                    threads = started;
                }
            }
        }
        return started;
    }
}
