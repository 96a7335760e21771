package dev.memoria.it.inputs;

import dev.memoria.CacheData;
import dev.memoria.CacheResource;
import dev.memoria.HiddenInputs;

/** Cached methods that read, or do not read, inputs their keys cannot see; loaded by {@link HiddenInputsIT}. */
public final class HiddenReaders {

    static int calls;

    /** Reads an environment variable two calls deep. */
    @CacheData
    public static double total(int year) {
        calls++;
        return Pricing.discount(year);
    }

    /** Reads nothing hidden: its helper computes from the argument alone, and it only counts its runs. */
    @CacheData
    public static int pure(int x) {
        calls++;
        return Pricing.twice(x);
    }

    /** Reads the clock, and says that this is intended. */
    @CacheResource(hiddenInputs = HiddenInputs.IGNORE)
    public static String stamped(String label) {
        return label + System.currentTimeMillis();
    }

    /** Reads the same variable as {@link #total}, declared, so it is keyed. */
    @CacheData(inputs = "env:MEMORIA_IT_RATE")
    public static double declared(int year) {
        return Pricing.discount(year);
    }

    static final class Pricing {

        private Pricing() {
        }

        static double discount(int year) {
            return year * Rates.rate();
        }

        static int twice(int x) {
            return x + x;
        }
    }

    static final class Rates {

        private Rates() {
        }

        static double rate() {
            String rate = System.getenv("MEMORIA_IT_RATE");
            return rate == null ? 0.1 : Double.parseDouble(rate);
        }
    }
}
