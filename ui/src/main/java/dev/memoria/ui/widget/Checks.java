package dev.memoria.ui.widget;

import dev.memoria.ui.internal.report.Messages;

import java.util.Objects;

/** The argument rules every widget shares. */
final class Checks {

    private Checks() {
    }

    static String label(String label) {
        return Objects.requireNonNull(label, Messages.widgetWithoutLabel());
    }

    static String key(String key) {
        if (key != null && key.isBlank()) {
            throw new IllegalArgumentException(Messages.blankWidgetKey());
        }
        return key;
    }
}
