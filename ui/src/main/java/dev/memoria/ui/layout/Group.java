package dev.memoria.ui.layout;

/** A plain container ({@code st.container}): groups elements, so that they can be added to out of order. */
public record Group() implements Layout {
}
