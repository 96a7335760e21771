package dev.memoria.bench.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/** Minimum, median and maximum of repeated measurements: what every table cell reports. */
public record Stats(double min, double median, double max, int count) {

    public static Stats of(List<Double> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        double[] sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Stats(sorted[0], median, sorted[n - 1], n);
    }

    public static Stats of(double... samples) {
        return of(Arrays.stream(samples).boxed().toList());
    }

    /** The same statistics in another unit, e.g. seconds to milliseconds. */
    public Stats map(DoubleUnaryOperator unit) {
        double a = unit.applyAsDouble(min);
        double b = unit.applyAsDouble(max);
        return new Stats(Math.min(a, b), unit.applyAsDouble(median), Math.max(a, b), count);
    }

    /** {@code median (min–max)}, or the lone value when there is one sample. */
    public String cell() {
        if (count == 1) {
            return number(median);
        }
        return "**" + number(median) + "** (" + number(min) + "–" + number(max) + ")";
    }

    /** Three significant digits, without exponent notation for everyday magnitudes. */
    public static String number(double value) {
        double magnitude = Math.abs(value);
        if (magnitude == 0) {
            return "0";
        }
        if (magnitude >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (magnitude >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        if (magnitude >= 0.01) {
            return String.format(Locale.ROOT, "%.3g", value);
        }
        return String.format(Locale.ROOT, "%.2g", value);
    }
}
