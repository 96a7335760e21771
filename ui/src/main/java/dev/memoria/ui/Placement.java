package dev.memoria.ui;

import dev.memoria.ui.widget.Widget;

/** One widget call of a run: the widget, the container it went to and where in the app it was made. */
record Placement(Widget<?> widget, String containerId, String callSite) {

    /** The call as the app wrote it, e.g. {@code St.slider("Speed", ...)}. */
    String call() {
        return "St." + widget.kind() + "(\"" + widget.label().replace("\\", "\\\\").replace("\"", "\\\"") + "\", ...)";
    }

    String where() {
        return "at " + callSite + ", in container " + containerId;
    }
}
