package dev.memoria.demo;

import java.util.List;

/**
 * A year of orders, one row per order, held column by column in primitive arrays: a few million rows take tens of
 * megabytes, and {@code @CacheData} copies such arrays in bulk on every hit.
 *
 * @param day     the order's day of the year, {@code 0} to {@code DAYS - 1}
 * @param region  index into {@link #REGIONS}
 * @param product index into {@link #PRODUCTS}
 * @param amount  the order's value in euros
 */
public record Sales(short[] day, byte[] region, byte[] product, float[] amount) {

    public static final int DAYS = 364;
    public static final List<String> REGIONS = List.of("North", "South", "East", "West");
    public static final List<String> PRODUCTS = List.of("Sensors", "Gateways", "Cables", "Licences", "Support");

    public int rows() {
        return amount.length;
    }
}
