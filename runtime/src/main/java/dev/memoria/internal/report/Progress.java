package dev.memoria.internal.report;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Streamlit's cache spinner: when a miss is still computing after half a second, something is shown (a spinner in the
 * page, or a line on stderr) and removed when the miss ends. Fast misses show nothing, so a loop of quick cached calls
 * stays quiet.
 */
public final class Progress implements AutoCloseable {

    /** Streamlit's spinner delay. */
    static final long DELAY_MILLIS = 500;

    /** How often a console line with the elapsed time is printed again: rarely enough for a log file. */
    static final long CONSOLE_TICK_MILLIS = 5_000;

    /** How often a page spinner with the elapsed time is redrawn. */
    public static final long PAGE_TICK_MILLIS = 1_000;

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

    /**
     * {@code showTime}: prints {@code text} with the elapsed time to stderr after the delay, then again every
     * {@link #CONSOLE_TICK_MILLIS} while the miss runs (new lines, so logs stay readable).
     */
    public static Progress consoleTimed(String text) {
        return timed(text, CONSOLE_TICK_MILLIS, shown -> {
            System.err.println(shown);
            return null;
        });
    }

    /**
     * {@code showTime}: calls {@code show} with {@code text} and the elapsed time after the delay, then every
     * {@code tickMillis} with the time updated, closing what it showed before (the new one is shown first, so
     * nothing flickers).
     */
    public static Progress timed(String text, long tickMillis, Function<String, AutoCloseable> show) {
        long start = System.nanoTime();
        Progress progress = new Progress();
        synchronized (progress) {
            progress.pending = Timer.INSTANCE.scheduleAtFixedRate(
                    () -> progress.tick(show, withElapsed(text, start)), DELAY_MILLIS, tickMillis,
                    TimeUnit.MILLISECONDS);
        }
        return progress;
    }

    /** Streamlit's {@code show_time} suffix, e.g. {@code Running `Reports.load(...)`. (2.5 s)}. */
    static String withElapsed(String text, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return text + String.format(Locale.ROOT, " (%.1f s)", seconds);
    }

    /** Draws outside the lock, so a slow page cannot hold up {@link #close()}. */
    private void tick(Function<String, AutoCloseable> show, String text) {
        synchronized (this) {
            if (closed) {
                return;
            }
        }
        AutoCloseable next;
        try {
            next = show.apply(text);
        } catch (RuntimeException gone) {
            next = null;
        }
        showAgain(next);
    }

    private synchronized void showAgain(AutoCloseable next) {
        AutoCloseable previous = shown;
        shown = next;
        closeQuietly(previous);
        if (closed) {
            closeQuietly(next); // ended while it was being drawn
            shown = null;
        }
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
        closeQuietly(shown);
    }

    private static void closeQuietly(AutoCloseable shown) {
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
