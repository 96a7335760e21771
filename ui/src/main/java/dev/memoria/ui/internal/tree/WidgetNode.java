package dev.memoria.ui.internal.tree;

import dev.memoria.ui.widget.Widget;

/** A widget as shown: its identity in the session and the value it returned to the app. */
public record WidgetNode(String id, String widgetId, Widget<?> widget, Object value, boolean stale) implements Node {

    @Override
    public WidgetNode asStale() {
        return new WidgetNode(id, widgetId, widget, value, true);
    }
}
