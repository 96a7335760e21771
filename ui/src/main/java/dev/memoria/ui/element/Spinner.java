package dev.memoria.ui.element;

import java.util.Objects;

/** An animated "working" indicator with a text, shown while a slow step runs ({@code St.spinner}). */
public record Spinner(String text) implements Element {

    public Spinner {
        Objects.requireNonNull(text, "text");
    }
}
