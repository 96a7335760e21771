package dev.memoria.ui.widget;

import dev.memoria.ui.internal.report.Messages;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A widget whose value is a number between bounds, moved in steps: {@link Slider} and {@link NumberInput}. The
 * number type (int, long, float or double) is that of {@code value}; the widget returns that type.
 *
 * @param <N> the number type
 */
public sealed interface NumericWidget<N extends Number & Comparable<N>> extends Widget<N>
        permits Slider, NumberInput {

    /** The smallest value, or {@code null} for none. */
    N min();

    /** The largest value, or {@code null} for none. */
    N max();

    /** The initial value. */
    N value();

    /** The distance between neighbouring values. */
    N step();

    @Override
    default List<Object> parameters() {
        return Arrays.asList(min(), max(), value(), step());
    }

    @Override
    default N initial() {
        return value();
    }

    @Override
    default Optional<N> fromBrowser(Object sent) {
        return Numbers.like(value(), sent).filter(this::admits);
    }

    @Override
    default boolean admits(N number) {
        return (min() == null || min().compareTo(number) <= 0) && (max() == null || number.compareTo(max()) <= 0);
    }

    /** Checks a numeric widget's arguments: one number type, {@code min <= value <= max}, a positive step. */
    static <N extends Number & Comparable<N>> void check(String kind, String label, N min, N max, N value, N step,
                                                        String key) {
        Checks.label(label);
        Checks.key(key);
        Class<?> type = Numbers.supported(kind, value).getClass();
        for (N n : Arrays.asList(min, max, step)) {
            if (n != null && n.getClass() != type) {
                throw new IllegalArgumentException(Messages.mixedNumberTypes(kind, label, type.getSimpleName(),
                        n.getClass().getSimpleName(), n.toString()));
            }
        }
        if ((min != null && min.compareTo(value) > 0) || (max != null && value.compareTo(max) > 0)) {
            throw new IllegalArgumentException(Messages.valueOutOfBounds(kind, label, String.valueOf(value),
                    String.valueOf(min), String.valueOf(max)));
        }
        if (step == null || !(step.doubleValue() > 0)) {
            throw new IllegalArgumentException(Messages.stepNotPositive(kind, label, String.valueOf(step)));
        }
    }
}
