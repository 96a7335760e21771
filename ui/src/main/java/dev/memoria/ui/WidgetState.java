package dev.memoria.ui;

import dev.memoria.ui.widget.Widget;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The widget values of one session. Values the browser sends wait in {@code sent} until a run completes with them
 * (a run that is stopped half-way leaves them for the run that replaces it, so a click is never lost); a value
 * that a widget accepted is kept, by widget identity, for as long as every completed run shows that widget.
 * Guarded by the session's lock.
 */
final class WidgetState {

    /** A kept value and the widget type that accepted it: another widget type reusing a key starts afresh. */
    private record Kept(Class<?> type, Object value) {
    }

    private final Map<String, Object> sent = new HashMap<>();
    private final Map<String, Kept> kept = new HashMap<>();

    void send(String widgetId, Object value) {
        sent.put(widgetId, value);
    }

    /** What the browser has sent and no completed run has consumed: the input of the next run. */
    Map<String, Object> pending() {
        return new HashMap<>(sent);
    }

    /** The value {@code widget} returns in a run that started with {@code sentToRun}. */
    @SuppressWarnings("unchecked")
    <T> T valueOf(String widgetId, Widget<T> widget, Map<String, Object> sentToRun) {
        Object sentValue = sentToRun.get(widgetId);
        if (widget.trigger()) {
            return sentValue == null ? widget.initial() : widget.fromBrowser(sentValue).orElse(widget.initial());
        }
        if (sentValue != null) {
            widget.fromBrowser(sentValue).ifPresent(value -> kept.put(widgetId, new Kept(widget.getClass(), value)));
        }
        Kept value = kept.get(widgetId);
        if (value != null && value.type() == widget.getClass() && widget.admits((T) value.value())) {
            return (T) value.value();
        }
        return widget.initial();
    }

    /**
     * A run that started with {@code sentToRun} completed showing the widgets {@code shown}: what it consumed is
     * gone, and so is everything of widgets it did not show.
     */
    void completed(Map<String, Object> sentToRun, Set<String> shown) {
        sentToRun.forEach(sent::remove);
        sent.keySet().retainAll(shown);
        kept.keySet().retainAll(shown);
    }
}
