package dev.memoria.internal.report;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Streamlit's cache spinner: when a miss is still computing after half a second, something is shown (a spinner in the
 * page, or a line on stderr) and removed when the miss ends. Fast misses show nothing, so a loop of quick cached calls
 * stays quiet.
 */
public final class Progress implements AutoCloseable {

    /** Streamlit's spinner delay. */
    static final long DELAY_MILLIS = 500;

    private static final Progress NONE = new Progress();

    private ScheduledFuture<?> pending;
    private AutoCloseable shown;
    private boolean closed;

    private Progress() {
    }

    /** Prints {@code text} to stderr unless the returned progress is closed within the delay. */
    public static Progress console(String text) {
        return after(() -> {
            System.err.println(text);
            return null;
        });
    }

    /**
     * Calls {@code show} on the timer thread unless the returned progress is closed within the delay; what it returns
     * is closed with the progress. A {@code show} that throws shows nothing (the page it drew on went away).
     */
    public static Progress after(Supplier<AutoCloseable> show) {
        Progress progress = new Progress();
        synchronized (progress) {
            progress.pending = Timer.INSTANCE.schedule(() -> progress.show(show), DELAY_MILLIS, TimeUnit.MILLISECONDS);
        }
        return progress;
    }

    /** A progress that shows nothing. */
    public static Progress none() {
        return NONE;
    }

    private synchronized void show(Supplier<AutoCloseable> show) {
        if (!closed) {
            try {
                shown = show.get();
            } catch (RuntimeException gone) {
                shown = null;
            }
        }
    }

    /** Cancels or removes what was shown; never throws, because it runs on the way out of every miss. */
    @Override
    public synchronized void close() {
        if (this == NONE || closed) {
            return;
        }
        closed = true;
        pending.cancel(false);
        if (shown != null) {
            try {
                shown.close();
            } catch (Exception stoppedOrFinished) {
                // The run that showed it was stopped or has finished: its page is rebuilt anyway.
            }
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
