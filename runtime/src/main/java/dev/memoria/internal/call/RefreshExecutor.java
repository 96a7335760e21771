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
 * is not started, and the next stale hit of its key tries again.
 */
final class RefreshExecutor {

    static final int MAX_RUNNING = 64;

    private static final ExecutorService THREADS = create();
    private static final Semaphore ROOM = new Semaphore(MAX_RUNNING);

    private RefreshExecutor() {
    }

    /** Runs {@code task} in the background; {@code false} when too many refreshes run already. */
    static boolean trySubmit(Runnable task) {
        if (!ROOM.tryAcquire()) {
            return false;
        }
        try {
            THREADS.execute(() -> {
                try {
                    task.run();
                } finally {
                    ROOM.release();
                }
            });
            return true;
        } catch (RuntimeException rejected) {
            ROOM.release();
            return false;
        }
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
