package dev.memoria.ui.element;

import java.util.Objects;

/**
 * A big number with a label ({@code st.metric}) and an optional change under it; a change that starts with "-" is
 * shown as a decrease. {@code delta} is empty for none.
 */
public record Metric(String label, String value, String delta) implements Element {

    public Metric {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(delta, "delta");
    }
}
