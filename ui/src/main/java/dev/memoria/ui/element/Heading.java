package dev.memoria.ui.element;

import java.util.Objects;

/** A title (level 1), header (2) or subheader (3). The text may use inline markdown: bold, italics, code. */
public record Heading(int level, String text) implements Element {

    public Heading {
        if (level < 1 || level > 3) {
            throw new IllegalArgumentException("a heading's level is 1 (title), 2 (header) or 3 (subheader); got "
                                               + level);
        }
        Objects.requireNonNull(text, "text");
    }
}
