package dev.memoria.ui;

import dev.memoria.ui.internal.report.Messages;

/**
 * Two widgets of one run have the same identity, so they would share one value: two calls with the same key, or two
 * calls without a key that have the same kind, label and parameters. The run stops and the page shows the message,
 * which names both calls, where they were made and how to tell them apart.
 *
 * <p>It lives in the toolkit rather than in {@code dev.memoria} with Memoria's other exceptions, because the toolkit
 * does not depend on Memoria's runtime.
 */
public final class DuplicateWidgetIdException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String widgetId;

    DuplicateWidgetIdException(String widgetId, Placement first, Placement second) {
        super(message(first, second));
        this.widgetId = widgetId;
    }

    /** The identity both widgets have. */
    public String widgetId() {
        return widgetId;
    }

    private static String message(Placement first, Placement second) {
        String key = second.widget().key();
        if (key != null) {
            return Messages.duplicateKey(key, first.call() + " " + first.where(), second.call() + " " + second.where());
        }
        String kind = second.widget().kind();
        return Messages.duplicateWidget("St." + kind, second.widget().label(), first.where(), second.where(),
                second.call().replace(", ...)", ", ..., \"" + kind + "-2\")"));
    }
}
