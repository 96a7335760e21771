package dev.memoria.demo;

import dev.memoria.CacheResource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A store's weekly revenue (in millions of euros) with a least-squares linear trend fitted to it: the dashboard's
 * "model". It is a {@code @CacheResource}, like a loaded ML model in a Streamlit app: fitted once per store and
 * shared, the same object, by every session and run.
 */
public final class DemandModel {

    private static final AtomicInteger FITS = new AtomicInteger();

    private final List<Double> weeklyRevenue;
    private final double intercept;
    private final double slope;

    private DemandModel(List<Double> weeklyRevenue, double intercept, double slope) {
        this.weeklyRevenue = weeklyRevenue;
        this.intercept = intercept;
        this.slope = slope;
    }

    /** How often {@link #fit} ran its body in this JVM. */
    public static int fits() {
        return FITS.get();
    }

    /** Fits the trend of store {@code seed}'s weekly revenue, all regions and orders. */
    @CacheResource(spinnerText = "Fitting the demand model…")
    public static DemandModel fit(long seed) {
        FITS.incrementAndGet();
        List<Double> weekly = Summary.of(SalesData.load(seed), Summary.ALL_REGIONS, 0).weeklyRevenue();
        int n = weekly.size();
        double meanWeek = (n - 1) / 2.0;
        double meanRevenue = weekly.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double covariance = 0;
        double variance = 0;
        for (int week = 0; week < n; week++) {
            covariance += (week - meanWeek) * (weekly.get(week) - meanRevenue);
            variance += (week - meanWeek) * (week - meanWeek);
        }
        double slope = covariance / variance;
        return new DemandModel(weekly, meanRevenue - slope * meanWeek, slope);
    }

    /** The revenue the trend adds each week, in millions of euros. */
    public double weeklyGrowth() {
        return slope;
    }

    /**
     * The observed weeks followed by {@code weeks} forecast ones, as a line chart's series: "revenue" (NaN after
     * the last observed week, which ends its line) and "trend".
     */
    public Map<String, List<Double>> forecast(int weeks) {
        List<Double> revenue = new ArrayList<>(weeklyRevenue);
        List<Double> trend = new ArrayList<>();
        for (int week = 0; week < weeklyRevenue.size() + weeks; week++) {
            trend.add(intercept + slope * week);
            if (week >= weeklyRevenue.size()) {
                revenue.add(Double.NaN);
            }
        }
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put("revenue", revenue);
        series.put("trend", trend);
        return series;
    }
}
