package dev.memoria.ui.internal.html;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A value axis with "nice" ticks (steps of 1, 2, 2.5 or 5 times a power of ten) that cover the data, so labels read
 * 0, 20, 40 rather than 0, 17.3, 34.6.
 */
record AxisScale(double min, double max, double step) {

    private static final int TARGET_TICKS = 5;

    /** A scale covering {@code [low, high]}; equal bounds are widened so that the axis has a height. */
    static AxisScale covering(double low, double high) {
        if (low == high) {
            double pad = low == 0 ? 1 : Math.abs(low) / 2;
            low -= pad;
            high += pad;
        }
        double step = niceStep((high - low) / TARGET_TICKS);
        return new AxisScale(Math.floor(low / step) * step, Math.ceil(high / step) * step, step);
    }

    private static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double nice : new double[] {1, 2, 2.5, 5}) {
            if (nice * power >= rough) {
                return nice * power;
            }
        }
        return 10 * power;
    }

    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        long count = Math.round((max - min) / step);
        for (long i = 0; i <= count; i++) {
            ticks.add(min + i * step);
        }
        return ticks;
    }

    /** A tick's label, without float noise: 0.30000000000000004 reads 0.3. */
    String label(double tick) {
        int decimals = Math.max(0, -(int) Math.floor(Math.log10(step)) + 1);
        return new BigDecimal(tick).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros()
                                   .toPlainString();
    }

    /** Where {@code value} sits from 0 (at min) to 1 (at max). */
    double fraction(double value) {
        return (value - min) / (max - min);
    }
}
