package dev.memoria.internal.replay;

import dev.memoria.internal.report.Messages;
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
        String text = Messages.widgetInCachedMethod(method, annotation, widgetCall);
        if (!binding.warn(target, text)) {
            reporter.once("widget warning " + method, text);
        }
    }
}
