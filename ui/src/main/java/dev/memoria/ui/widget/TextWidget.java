package dev.memoria.ui.widget;

import dev.memoria.ui.internal.report.Messages;

import java.util.List;
import java.util.Optional;

/** A widget whose value is text the user types: {@link TextInput} and {@link TextArea}. */
public sealed interface TextWidget extends Widget<String> permits TextInput, TextArea {

    /** The initial text. */
    String value();

    @Override
    default List<Object> parameters() {
        return List.of(value());
    }

    @Override
    default String initial() {
        return value();
    }

    @Override
    default Optional<String> fromBrowser(Object sent) {
        return sent instanceof String text ? Optional.of(text) : Optional.empty();
    }

    @Override
    default boolean admits(String text) {
        return true;
    }

    /** Checks a text widget's arguments. */
    static void check(String kind, String label, String value, String key) {
        Checks.label(label);
        Checks.key(key);
        if (value == null) {
            throw new IllegalArgumentException(Messages.nullInitialText(kind, label));
        }
    }
}
