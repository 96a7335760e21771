package dev.memoria.ui.element;

import dev.memoria.ui.internal.report.Messages;

import java.util.Objects;

/** A title (level 1), header (2) or subheader (3). The text may use inline markdown: bold, italics, code. */
public record Heading(int level, String text) implements Element {

    public Heading {
        if (level < 1 || level > 3) {
            throw new IllegalArgumentException(Messages.badHeadingLevel(level));
        }
        Objects.requireNonNull(text, "text");
    }
}
