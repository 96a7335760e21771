package dev.memoria.ui.layout;

/**
 * A placeholder ({@code st.empty}) that shows one item at a time: every element, widget or block added to it replaces
 * the previous one.
 */
public record Empty() implements Layout {
}
