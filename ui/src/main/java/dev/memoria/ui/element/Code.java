package dev.memoria.ui.element;

import java.util.Objects;

/** A block of code, shown as is; {@code language} (may be empty) is a label for the reader. */
public record Code(String body, String language) implements Element {

    public Code {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(language, "language");
    }
}
