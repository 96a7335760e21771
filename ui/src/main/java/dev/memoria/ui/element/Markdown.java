package dev.memoria.ui.element;

import java.util.Objects;

/**
 * Markdown text. A safe subset is rendered (headings, paragraphs, emphasis, code, lists, quotes, rules and links to
 * http, https and mailto addresses); HTML in the text is shown as text.
 */
public record Markdown(String body) implements Element {

    public Markdown {
        Objects.requireNonNull(body, "body");
    }
}
