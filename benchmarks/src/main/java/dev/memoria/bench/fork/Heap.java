package dev.memoria.bench.fork;

import java.lang.management.ManagementFactory;

/** Heap helpers for the forked apps. */
public final class Heap {

    private Heap() {
    }

    /** Collects until the heap is quiet, so the next measurement does not pay for the previous one's garbage. */
    public static void settle() {
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
    }

    /** Used heap after full collections: what the live objects take. */
    public static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
