package dev.memoria.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Orders of a selection, aggregated: what the dashboard shows instead of millions of rows.
 *
 * @param weeklyRevenue revenue per week of the year, in millions of euros (short numbers on a chart's axis)
 * @param products      one total per product, in the order of {@link Sales#PRODUCTS}
 */
public record Summary(long orders, double revenue, List<Double> weeklyRevenue, List<ProductTotal> products) {

    public static final int WEEKS = Sales.DAYS / 7;
    /** The region index that selects every region. */
    public static final int ALL_REGIONS = -1;

    /** One product's share of a selection. */
    public record ProductTotal(String product, long orders, double revenue) {
    }

    /** Totals of the orders of {@code region} ({@link #ALL_REGIONS} for all) worth at least {@code minimumOrder}. */
    public static Summary of(Sales sales, int region, double minimumOrder) {
        double[] weekly = new double[WEEKS];
        long[] productOrders = new long[Sales.PRODUCTS.size()];
        double[] productRevenue = new double[Sales.PRODUCTS.size()];
        for (int row = 0; row < sales.rows(); row++) {
            float amount = sales.amount()[row];
            if ((region == ALL_REGIONS || sales.region()[row] == region) && amount >= minimumOrder) {
                weekly[Math.min(sales.day()[row] / 7, WEEKS - 1)] += amount;
                productOrders[sales.product()[row]]++;
                productRevenue[sales.product()[row]] += amount;
            }
        }
        List<ProductTotal> products = new ArrayList<>();
        for (int p = 0; p < productOrders.length; p++) {
            products.add(new ProductTotal(Sales.PRODUCTS.get(p), productOrders[p], productRevenue[p]));
        }
        return new Summary(Arrays.stream(productOrders).sum(), Arrays.stream(productRevenue).sum(),
                Arrays.stream(weekly).map(euros -> euros / 1e6).boxed().toList(), products);
    }
}
