package dev.memoria.internal.report;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The console form of Streamlit's cache spinner: when a miss is still computing after half a second, one line goes to
 * stderr. Fast misses print nothing, so a loop of quick cached calls stays quiet.
 */
public final class Progress implements AutoCloseable {

    /** Streamlit's spinner delay. */
    static final long DELAY_MILLIS = 500;

    private static final Progress NONE = new Progress(null);

    private final ScheduledFuture<?> pending;

    private Progress(ScheduledFuture<?> pending) {
        this.pending = pending;
    }

    /** Schedules {@code text} to be printed unless the returned progress is closed within the delay. */
    public static Progress start(String text) {
        return new Progress(Timer.INSTANCE.schedule(() -> System.err.println(text), DELAY_MILLIS,
                TimeUnit.MILLISECONDS));
    }

    /** A progress that prints nothing. */
    public static Progress none() {
        return NONE;
    }

    @Override
    public void close() {
        if (pending != null) {
            pending.cancel(false);
        }
    }

    /** One daemon thread, started on the first slow-capable miss. */
    private static final class Timer {
        static final ScheduledExecutorService INSTANCE = create();

        private static ScheduledExecutorService create() {
            ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
                Thread thread = new Thread(task, "memoria-progress");
                thread.setDaemon(true);
                return thread;
            });
            timer.setRemoveOnCancelPolicy(true);
            return timer;
        }
    }
}
