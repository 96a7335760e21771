package dev.memoria.bench.memory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.memoria.CacheStats;
import dev.memoria.Memoria;
import dev.memoria.bench.fork.Heap;
import dev.memoria.bench.fork.ResultLines;

/**
 * Forked under the agent: {@code onHeap|offHeap|caffeine <entries>}. Fills one cache with small rows and reports the
 * growth of the used heap (after full collections) per entry, and for Memoria the serialized bytes per entry as its
 * statistics count them.
 */
public final class EntryMemoryApp {

    private EntryMemoryApp() {
    }

    public static void main(String[] args) {
        String mode = args[0];
        int entries = Integer.parseInt(args[1]);
        Cache<Integer, SmallRow> caffeine = Caffeine.newBuilder().build();
        long before = Heap.usedAfterGc();
        for (int k = 0; k < entries; k++) {
            switch (mode) {
                case "onHeap" -> CachedRows.onHeap(k);
                case "offHeap" -> CachedRows.offHeap(k);
                case "caffeine" -> caffeine.get(k, SmallRow::of);
                default -> throw new IllegalArgumentException(mode);
            }
        }
        long after = Heap.usedAfterGc();
        ResultLines.report("heapPerEntry", (double) (after - before) / entries);
        if (mode.equals("caffeine")) {
            ResultLines.report("entries", caffeine.estimatedSize());
        } else {
            CacheStats stats = Memoria.function(CachedRows.class, mode, int.class).stats();
            ResultLines.report("entries", stats.entries());
            ResultLines.report("serializedPerEntry", (double) stats.bytes() / stats.entries());
        }
    }
}
