package dev.memoria.ui.widget;

import java.util.Objects;

/** The argument rules every widget shares. */
final class Checks {

    private Checks() {
    }

    static String label(String label) {
        return Objects.requireNonNull(label, "a widget needs a label (it may be empty)");
    }

    static String key(String key) {
        if (key != null && key.isBlank()) {
            throw new IllegalArgumentException("a widget key must not be blank; pass null for a widget without a key");
        }
        return key;
    }
}
