package dev.memoria.it.disk.apps;

import dev.memoria.CacheData;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;

/**
 * Stores 64 MiB of entries in an on-heap or an off-heap {@code @CacheData} cache and measures how much the Java heap
 * grew: used heap after a full collection, before and after. Argument 1 is {@code onHeap} or {@code offHeap};
 * with a second argument {@code hold} it prints {@code holding} once the entries are stored and waits for a line on
 * stdin before it ends. Prints {@code growth = <bytes>}, then reads every entry back and prints {@code wrong = <n>}.
 * Of every five entries, one is 128 KiB (spilled to a file) and four are 32 KiB (kept in the map).
 */
public final class Heaps {

    public static final int ENTRIES = 1280;

    private Heaps() {
    }

    public static void main(String[] args) throws IOException {
        boolean offHeap = args[0].equals("offHeap");
        long before = usedHeapAfterGc();
        for (int k = 0; k < ENTRIES; k++) {
            double[] ignored = offHeap ? offHeap(k) : onHeap(k);
        }
        long after = usedHeapAfterGc();
        System.out.println("growth = " + (after - before));
        if (args.length > 1 && args[1].equals("hold")) {
            System.out.println("holding");
            new BufferedReader(new InputStreamReader(System.in)).readLine();
        }
        int wrong = 0;
        for (int k = 0; k < ENTRIES; k++) {
            String read = Values.describe(offHeap ? offHeap(k) : onHeap(k));
            wrong += read.equals(Values.describe(value(k))) ? 0 : 1;
        }
        System.out.println("wrong = " + wrong);
    }

    @CacheData(showSpinner = false)
    static double[] onHeap(int k) {
        System.out.println("ran onHeap:" + k);
        return value(k);
    }

    @CacheData(offHeap = true, showSpinner = false)
    static double[] offHeap(int k) {
        System.out.println("ran offHeap:" + k);
        return value(k);
    }

    /** The bytes every configuration stores: 64 MiB. */
    public static long storedBytes() {
        long total = 0;
        for (int k = 0; k < ENTRIES; k++) {
            total += value(k).length * 8L;
        }
        return total;
    }

    static double[] value(int k) {
        return Values.ramp(k % 5 == 0 ? 16_384 : 4_096, k);
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
