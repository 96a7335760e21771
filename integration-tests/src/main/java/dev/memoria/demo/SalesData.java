package dev.memoria.demo;

import dev.memoria.CacheData;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The dashboard's "expensive load": a synthetic but deterministic year of sales for a store, generated row by row.
 * It stands for reading a large file or querying a warehouse, and takes about a second, so a miss is easy to tell
 * from a hit on the page.
 */
public final class SalesData {

    /** Orders per store: 5,000,000 unless {@code -Dmemoria.demo.rows} says otherwise (a slower miss for a test). */
    public static final int ROWS = Integer.getInteger("memoria.demo.rows", 5_000_000);

    private static final AtomicInteger LOADS = new AtomicInteger();
    /** Typical order value per product, in euros. */
    private static final double[] PRICES = {120, 480, 35, 900, 260};

    private SalesData() {
    }

    /** How often {@link #load} ran its body in this JVM. */
    public static int loads() {
        return LOADS.get();
    }

    /**
     * {@link #ROWS} orders of the store {@code seed}: more orders as the year goes on, a seasonal swing that differs
     * by region, and log-normal order values around each product's price.
     */
    @CacheData(spinnerText = "Generating a year of orders…")
    public static Sales load(long seed) {
        LOADS.incrementAndGet();
        SplittableRandom random = new SplittableRandom(seed);
        short[] day = new short[ROWS];
        byte[] region = new byte[ROWS];
        byte[] product = new byte[ROWS];
        float[] amount = new float[ROWS];
        for (int row = 0; row < ROWS; row++) {
            double u = random.nextDouble();
            int d = (int) (Sales.DAYS * (random.nextBoolean() ? u : Math.sqrt(u))); // half of them grow with the year
            int r = random.nextInt(Sales.REGIONS.size());
            int p = random.nextInt(PRICES.length);
            double season = 1 + 0.3 * Math.sin(2 * Math.PI * d / Sales.DAYS + r);
            day[row] = (short) d;
            region[row] = (byte) r;
            product[row] = (byte) p;
            amount[row] = (float) (PRICES[p] * season * Math.exp(0.5 * gaussian(random) - 0.125));
        }
        return new Sales(day, region, product, amount);
    }

    /** A standard normal value (Box-Muller), since {@link SplittableRandom} has none on Java 17. */
    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
