package dev.memoria.it.disk.apps;

import dev.memoria.CacheData;
import dev.memoria.Memoria;
import dev.memoria.Persist;

/**
 * Two persisted methods, one with small values ({@code summary}) and one with values in blob files ({@code series}),
 * and the calls that clear them. Arguments, run in order: {@code summary:<region>}, {@code series:<region>},
 * {@code clear:<method>} ({@code Memoria.function(...).clear()}), {@code clear:<method>:<region>}
 * ({@code clear(region)}) and {@code clearData} ({@code Memoria.clearData()}).
 */
public final class Reports {

    /** 256 KiB of doubles: stored in a blob file. */
    public static final int SERIES_LENGTH = 32_768;

    private Reports() {
    }

    public static void main(String[] args) {
        for (String call : args) {
            String[] parts = call.split(":");
            switch (parts[0]) {
                case "summary" -> System.out.println(call + " = " + summary(parts[1]));
                case "series" -> System.out.println(call + " = " + Values.describe(series(parts[1])));
                case "clear" -> {
                    if (parts.length == 2) {
                        Memoria.function(Reports.class, parts[1]).clear();
                    } else {
                        Memoria.function(Reports.class, parts[1]).clear(parts[2]);
                    }
                }
                case "clearData" -> Memoria.clearData();
                default -> throw new IllegalArgumentException(call);
            }
        }
    }

    @CacheData(persist = Persist.DISK)
    static String summary(String region) {
        System.out.println("ran summary:" + region);
        return "summary of " + region;
    }

    @CacheData(persist = Persist.DISK, showSpinner = false)
    static double[] series(String region) {
        System.out.println("ran series:" + region);
        return Values.ramp(SERIES_LENGTH, region.length());
    }
}
