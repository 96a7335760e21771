package dev.memoria.ui.widget;

import dev.memoria.ui.internal.report.Messages;

/** A slider ({@code st.slider}) from {@code min} to {@code max}, both required. */
public record Slider<N extends Number & Comparable<N>>(String label, N min, N max, N value, N step, String key)
        implements NumericWidget<N> {

    private static final String KIND = "slider";

    public Slider {
        if (min == null || max == null) {
            throw new IllegalArgumentException(Messages.sliderWithoutBounds(label, String.valueOf(min),
                    String.valueOf(max)));
        }
        NumericWidget.check(KIND, label, min, max, value, step, key);
    }

    @Override
    public String kind() {
        return KIND;
    }
}
