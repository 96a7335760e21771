package dev.memoria.ui.widget;

import dev.memoria.ui.internal.report.Messages;

import java.util.Optional;

/** The number types numeric widgets take, and reading the browser's JSON numbers as one of them. */
final class Numbers {

    private Numbers() {
    }

    /** {@code value}, when it is an Integer, Long, Float or Double; the widget's values all share its type. */
    static <N extends Number> N supported(String kind, N value) {
        if (!(value instanceof Integer || value instanceof Long || value instanceof Double || value instanceof Float)) {
            throw new IllegalArgumentException(Messages.unsupportedNumberType(kind,
                    value == null ? "null" : value.getClass().getName()));
        }
        return value;
    }

    /** {@code sent} as a number of {@code like}'s type, when it is one exactly (no rounding, no overflow). */
    @SuppressWarnings("unchecked")
    static <N extends Number> Optional<N> like(N like, Object sent) {
        if (!(sent instanceof Number number)) {
            return Optional.empty();
        }
        double d = number.doubleValue();
        if (!Double.isFinite(d)) {
            return Optional.empty();
        }
        if (like instanceof Double) {
            return Optional.of((N) Double.valueOf(d));
        }
        if (like instanceof Float) {
            return Optional.of((N) Float.valueOf((float) d));
        }
        boolean integral = number instanceof Long || number instanceof Integer || d == Math.rint(d);
        if (!integral || Math.abs(d) > 0x1p53) {
            return Optional.empty();
        }
        long l = number instanceof Long || number instanceof Integer ? number.longValue() : (long) d;
        if (like instanceof Long) {
            return Optional.of((N) Long.valueOf(l));
        }
        return l == (int) l ? Optional.of((N) Integer.valueOf((int) l)) : Optional.empty();
    }
}
