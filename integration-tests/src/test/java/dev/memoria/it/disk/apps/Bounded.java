package dev.memoria.it.disk.apps;

import dev.memoria.CacheData;
import dev.memoria.Memoria;
import dev.memoria.CacheStats;
import dev.memoria.Persist;

/**
 * Persisted caches with bounds: {@code item} keeps at most 3 entries, {@code block} at most 4 MiB (each block is
 * 1.5 MiB, so two fit). Arguments are calls ({@code item:4}, {@code block:2}) and {@code stats:item} or
 * {@code stats:block}, which print {@code stats:<method> = entries=<n> bytes=<n>}.
 *
 * <p>Each body waits a few milliseconds, so that entries written one after another carry distinct write times and
 * "oldest first" is well defined.
 */
public final class Bounded {

    /** 1.5 MiB of doubles. */
    public static final int BLOCK_LENGTH = 196_608;

    private Bounded() {
    }

    public static void main(String[] args) {
        for (String call : args) {
            String[] parts = call.split(":", 2);
            String value = switch (parts[0]) {
                case "item" -> item(Integer.parseInt(parts[1]));
                case "block" -> Values.describe(block(Integer.parseInt(parts[1])));
                case "stats" -> {
                    CacheStats stats = Memoria.function(Bounded.class, parts[1]).stats();
                    yield "entries=" + stats.entries() + " bytes=" + stats.bytes();
                }
                default -> throw new IllegalArgumentException(call);
            };
            System.out.println(call + " = " + value);
        }
    }

    @CacheData(persist = Persist.DISK, maxEntries = 3)
    static String item(int i) {
        System.out.println("ran item:" + i);
        pause();
        return "item " + i;
    }

    @CacheData(persist = Persist.DISK, maxSize = "4MB", showSpinner = false)
    static double[] block(int i) {
        System.out.println("ran block:" + i);
        pause();
        return Values.ramp(BLOCK_LENGTH, i);
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
