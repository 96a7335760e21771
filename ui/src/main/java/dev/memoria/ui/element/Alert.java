package dev.memoria.ui.element;

import java.util.Objects;

/** A coloured message box ({@code st.success}, {@code info}, {@code warning}, {@code error}) with markdown text. */
public record Alert(Level level, String body) implements Element {

    /** The colour and icon of the box. */
    public enum Level { SUCCESS, INFO, WARNING, ERROR }

    public Alert {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(body, "body");
    }
}
