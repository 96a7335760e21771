package dev.memoria.internal.replay;

import dev.memoria.internal.report.Progress;

/**
 * Where a slow miss shows its progress: a spinner in the page when the calling thread runs a UI session whose toolkit
 * has one, else a line on stderr. The spinner is drawn from the timer thread onto the container active when the miss
 * started; no recording sees it, because it belongs to no cached method.
 */
public final class Spinner {

    private Spinner() {
    }

    public static Progress start(String text) {
        ReplayBinding binding = ReplayBindings.here();
        if (binding == null) {
            return Progress.console(text);
        }
        Object target = binding.activeTarget();
        return Progress.after(() -> {
            AutoCloseable spinner = binding.spinner(target, text);
            if (spinner == null) {
                System.err.println(text);
            }
            return spinner;
        });
    }
}
