package dev.memoria.it.data;

import dev.memoria.CacheData;
import dev.memoria.it.support.Calls;

import java.util.Arrays;

/** A value of almost a gigabyte: three columns of 40 million doubles. */
final class LargeValuesFixtures {

    static final int LENGTH = 40_000_000;
    static final Calls CALLS = new Calls();

    private LargeValuesFixtures() {
    }

    record Columns(double[] prices, double[] volumes, double[] returns) {
    }

    @CacheData
    static Columns columns(long seed) {
        CALLS.record("columns", seed);
        double[] prices = new double[LENGTH];
        double[] volumes = new double[LENGTH];
        double[] returns = new double[LENGTH];
        Arrays.setAll(prices, i -> seed + i * 0.25);
        Arrays.setAll(volumes, i -> (i * 31L + seed) % 1000);
        Arrays.setAll(returns, i -> (i % 7) - 3.5);
        return new Columns(prices, volumes, returns);
    }
}
