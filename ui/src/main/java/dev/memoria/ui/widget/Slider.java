package dev.memoria.ui.widget;

/** A slider ({@code st.slider}) from {@code min} to {@code max}, both required. */
public record Slider<N extends Number & Comparable<N>>(String label, N min, N max, N value, N step, String key)
        implements NumericWidget<N> {

    private static final String KIND = "slider";

    public Slider {
        if (min == null || max == null) {
            throw new IllegalArgumentException(KIND + " \"" + label + "\" needs both bounds; got min " + min
                                               + ", max " + max);
        }
        NumericWidget.check(KIND, label, min, max, value, step, key);
    }

    @Override
    public String kind() {
        return KIND;
    }
}
