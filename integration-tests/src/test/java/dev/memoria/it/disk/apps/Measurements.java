package dev.memoria.it.disk.apps;

import dev.memoria.CacheData;
import dev.memoria.Persist;

/**
 * Persisted values for the fault tests: {@code trace} (1 MiB, in a blob file) and {@code label} (a short string, in
 * the index). Arguments are calls: {@code trace:<id>}, {@code label:<id>}, or {@code labels:<from>:<to>} for every
 * id in {@code [from, to)}. Each call prints {@code <call> = <value>}; a body prints {@code ran <call>}.
 */
public final class Measurements {

    /** 1 MiB of doubles. */
    public static final int TRACE_LENGTH = 131_072;

    private Measurements() {
    }

    public static void main(String[] args) {
        for (String call : args) {
            String[] parts = call.split(":");
            switch (parts[0]) {
                case "trace" -> System.out.println(call + " = " + Values.describe(trace(Integer.parseInt(parts[1]))));
                case "label" -> System.out.println(call + " = " + label(Integer.parseInt(parts[1])));
                case "labels" -> {
                    for (int id = Integer.parseInt(parts[1]); id < Integer.parseInt(parts[2]); id++) {
                        System.out.println("label:" + id + " = " + label(id));
                    }
                }
                default -> throw new IllegalArgumentException(call);
            }
        }
    }

    @CacheData(persist = Persist.DISK, showSpinner = false)
    static double[] trace(int id) {
        System.out.println("ran trace:" + id);
        return Values.ramp(TRACE_LENGTH, id);
    }

    @CacheData(persist = Persist.DISK)
    static String label(int id) {
        System.out.println("ran label:" + id);
        return expectedLabel(id);
    }

    /** What {@link #label} returns. */
    public static String expectedLabel(int id) {
        return "label " + id + " " + "#".repeat(id % 40);
    }

    /** How {@link #main} prints {@code trace:<id>}. */
    public static String expectedTrace(int id) {
        return Values.describe(Values.ramp(TRACE_LENGTH, id));
    }
}
