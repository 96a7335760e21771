package dev.memoria.ui.element;

/** A horizontal rule. */
public record Divider() implements Element {
}
