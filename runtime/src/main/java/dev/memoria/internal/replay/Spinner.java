package dev.memoria.internal.replay;

import dev.memoria.internal.report.Progress;

import java.util.function.Function;

/**
 * Where a slow miss shows its progress: a spinner in the page when the calling thread runs a UI session whose toolkit
 * has one, else a line on stderr. The spinner is drawn from the timer thread onto the container active when the miss
 * started; no recording sees it, because it belongs to no cached method.
 */
public final class Spinner {

    private Spinner() {
    }

    /** @param showTime whether the text carries the elapsed time, updated while the miss runs */
    public static Progress start(String text, boolean showTime) {
        ReplayBinding binding = ReplayBindings.here();
        if (binding == null) {
            return showTime ? Progress.consoleTimed(text) : Progress.console(text);
        }
        Object target = binding.activeTarget();
        Function<String, AutoCloseable> show = shown -> {
            AutoCloseable spinner = binding.spinner(target, shown);
            if (spinner == null) {
                System.err.println(shown);
            }
            return spinner;
        };
        return showTime
                ? Progress.timed(text, Progress.PAGE_TICK_MILLIS, show)
                : Progress.after(() -> show.apply(text));
    }
}
