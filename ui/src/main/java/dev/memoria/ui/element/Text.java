package dev.memoria.ui.element;

import java.util.Objects;

/** Fixed-width text shown exactly as given: no markdown, line breaks kept. */
public record Text(String body) implements Element {

    public Text {
        Objects.requireNonNull(body, "body");
    }
}
