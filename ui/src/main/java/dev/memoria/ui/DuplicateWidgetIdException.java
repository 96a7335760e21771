package dev.memoria.ui;

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
            return "There are two widgets with the key \"" + key + "\" in this run:\n"
                   + "  1. " + first.call() + " " + first.where() + "\n"
                   + "  2. " + second.call() + " " + second.where() + "\n"
                   + "A key identifies a widget and its value, so it must be unique among the widgets of a run.\n"
                   + "To fix this, give each of these widgets its own key.";
        }
        String kind = "St." + second.widget().kind();
        return "There are two identical " + kind + " widgets in this run, with the same label \""
               + second.widget().label() + "\" and the same parameters:\n"
               + "  1. " + first.where() + "\n"
               + "  2. " + second.where() + "\n"
               + "A widget without a key is identified by its kind, label and parameters, so these two would share one"
               + " value.\nTo fix this, pass a unique key to each, as the last argument of " + kind
               + ", e.g. " + second.call().replace(", ...)", ", ..., \"" + second.widget().kind() + "-2\")") + ".";
    }
}
