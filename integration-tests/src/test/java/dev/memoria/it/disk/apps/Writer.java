package dev.memoria.it.disk.apps;

import dev.memoria.CacheData;
import dev.memoria.Memoria;
import dev.memoria.Persist;

/**
 * Writes persisted entries for the crash tests. Arguments, run in order:
 * <ul>
 *   <li>{@code loop}: stores {@code reading(0)}, {@code reading(1)}, ... until killed, printing {@code stored <k>}
 *       after each store and {@code ready} after the first;</li>
 *   <li>{@code write:<from>:<to>}: stores the readings of {@code [from, to)}, printing {@code stored <k>};</li>
 *   <li>{@code check:<from>:<to>}: reads them, printing {@code reading:<k> = ok} or {@code reading:<k> = WRONG ...};</li>
 *   <li>{@code huge:<mib>}: stores a value of that many MiB; its body prints {@code computed huge:<mib>} when it
 *       returns;</li>
 *   <li>{@code stats:<method>}: prints {@code stats:<method> = entries=<n>}.</li>
 * </ul>
 * Every eighth reading is 128 KiB (a blob file), the others 512 bytes (in the index).
 */
public final class Writer {

    private Writer() {
    }

    public static void main(String[] args) {
        for (String call : args) {
            String[] parts = call.split(":");
            switch (parts[0]) {
                case "loop" -> {
                    for (int k = 0; ; k++) {
                        reading(k);
                        System.out.println("stored " + k);
                        if (k == 0) {
                            System.out.println("ready");
                        }
                    }
                }
                case "write" -> {
                    for (int k = Integer.parseInt(parts[1]); k < Integer.parseInt(parts[2]); k++) {
                        reading(k);
                        System.out.println("stored " + k);
                    }
                }
                case "check" -> {
                    for (int k = Integer.parseInt(parts[1]); k < Integer.parseInt(parts[2]); k++) {
                        String read = Values.describe(reading(k));
                        String expected = Values.describe(expectedReading(k));
                        System.out.println("reading:" + k + " = "
                                           + (read.equals(expected) ? "ok" : "WRONG " + read + ", not " + expected));
                    }
                }
                case "huge" -> System.out.println(call + " = " + huge(Integer.parseInt(parts[1])).length);
                case "stats" -> System.out.println(call + " = entries="
                                                   + Memoria.function(Writer.class, parts[1]).stats().entries());
                default -> throw new IllegalArgumentException(call);
            }
        }
    }

    @CacheData(persist = Persist.DISK, showSpinner = false)
    static double[] reading(int k) {
        System.out.println("ran reading:" + k);
        return expectedReading(k);
    }

    @CacheData(persist = Persist.DISK, showSpinner = false)
    static double[] huge(int mib) {
        System.out.println("ran huge:" + mib);
        double[] values = new double[mib * 131_072];
        java.util.Arrays.fill(values, mib);
        System.out.println("computed huge:" + mib);
        return values;
    }

    static double[] expectedReading(int k) {
        return Values.ramp(k % 8 == 0 ? 16_384 : 64, k);
    }
}
