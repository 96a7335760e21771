package dev.memoria.ui.element;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** A named sequence of values in a {@link Chart}; {@code NaN} marks a missing value. */
public record Series(String name, List<Double> values) {

    public Series {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
    }

    /** Copies any numbers as doubles; a null value becomes {@code NaN}. */
    public static Series of(String name, List<? extends Number> values) {
        List<Double> doubles = new ArrayList<>(values.size());
        for (Number value : values) {
            doubles.add(value == null ? Double.NaN : value.doubleValue());
        }
        return new Series(name, Collections.unmodifiableList(doubles));
    }
}
