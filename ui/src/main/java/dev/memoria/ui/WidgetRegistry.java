package dev.memoria.ui;

import dev.memoria.ui.widget.Widget;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The widgets one run has shown, by identity; a second widget with an identity already shown is an error. */
final class WidgetRegistry {

    private final Map<String, Placement> shown = new HashMap<>();

    void register(String widgetId, Widget<?> widget, String containerId, String callSite) {
        Placement here = new Placement(widget, containerId, callSite);
        Placement first = shown.putIfAbsent(widgetId, here);
        if (first != null) {
            throw new DuplicateWidgetIdException(widgetId, first, here);
        }
    }

    Set<String> ids() {
        return shown.keySet();
    }
}
