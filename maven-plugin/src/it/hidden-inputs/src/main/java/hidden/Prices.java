package hidden;

import dev.memoria.CacheData;

public class Prices {

    public static int runs;

    /** Reads the environment two calls deep: reported. */
    @CacheData
    public static double total(int year) {
        return Pricing.discount(year);
    }

    /** Reads nothing hidden: not reported. */
    @CacheData
    public static int pure(int x) {
        runs++;
        return x + x;
    }

    /** Keyed by a system property it declares: not reported, and a new value misses. */
    @CacheData(inputs = "property:hidden.mode")
    public static String mode(int x) {
        runs++;
        return System.getProperty("hidden.mode") + x;
    }
}

class Pricing {

    static double discount(int year) {
        return year * Rates.rate();
    }
}

class Rates {

    static double rate() {
        String rate = System.getenv("HIDDEN_RATE");
        return rate == null ? 0.1 : Double.parseDouble(rate);
    }
}
