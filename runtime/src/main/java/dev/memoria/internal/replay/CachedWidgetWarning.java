package dev.memoria.internal.replay;

import dev.memoria.internal.report.Reporter;

/**
 * Streamlit's {@code CachedWidgetWarning}: a widget read inside a cached method that does not allow widgets is shown
 * after a warning element, because its value is not part of the key and the method's body only runs on a miss. The
 * warning is drawn through the toolkit's funnel, so it is recorded and replayed with the widget, as in Streamlit.
 */
final class CachedWidgetWarning {

    private CachedWidgetWarning() {
    }

    static void show(ReplayBinding binding, Object target, String method, String annotation, String widgetCall,
                     Reporter reporter) {
        String text = "Your app reads a widget inside the cached method " + method + " (" + annotation + "): "
                + widgetCall + ". The method's body runs only on a cache miss and the widget's value is not part of"
                + " its key, so changing the widget does not recompute the result. To fix this, move the widget call"
                + " out of the cached method and pass its value as an argument, or declare the method with"
                + " allowWidgets = true so that widget values become part of its key.";
        if (!binding.warn(target, text)) {
            reporter.once("widget warning " + method, text);
        }
    }
}
