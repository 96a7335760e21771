package dev.memoria.internal.call;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where background refreshes run: a virtual thread each on Java 21+ (found reflectively: Memoria compiles for 17),
 * else daemon platform threads. At most {@link #MAX_RUNNING} run at once across the JVM; a refresh that finds no room
 * is not started, and the next stale hit of its key tries again. The engine owns one; its threads start with the
 * first refresh, so a JVM that never refreshes in the background never creates them.
 */
final class RefreshExecutor {

    static final int MAX_RUNNING = 64;

    private final Semaphore room = new Semaphore(MAX_RUNNING);
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
                    started = create();
                    threads = started;
                }
            }
        }
        return started;
    }

    private static ExecutorService create() {
        try {
            return (ExecutorService) MethodHandles.publicLookup().findStatic(Executors.class,
                    "newVirtualThreadPerTaskExecutor", MethodType.methodType(ExecutorService.class)).invoke();
        } catch (Throwable beforeJava21) {
            AtomicInteger count = new AtomicInteger();
            return Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, "memoria-refresh-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
        }
    }
}
