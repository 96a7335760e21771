package dev.memoria.ui.widget;

/** A number field with step buttons ({@code st.number_input}); {@code min} and {@code max} may be null (unbounded). */
public record NumberInput<N extends Number & Comparable<N>>(String label, N min, N max, N value, N step, String key)
        implements NumericWidget<N> {

    private static final String KIND = "numberInput";

    public NumberInput {
        NumericWidget.check(KIND, label, min, max, value, step, key);
    }

    @Override
    public String kind() {
        return KIND;
    }
}
