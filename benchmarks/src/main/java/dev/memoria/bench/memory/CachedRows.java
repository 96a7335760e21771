package dev.memoria.bench.memory;

import dev.memoria.CacheData;

/** The Memoria contenders of the memory part: the same small rows in the heap tier and the off-heap tier. */
final class CachedRows {

    private CachedRows() {
    }

    @CacheData(showSpinner = false)
    static SmallRow onHeap(int k) {
        return SmallRow.of(k);
    }

    @CacheData(offHeap = true, showSpinner = false)
    static SmallRow offHeap(int k) {
        return SmallRow.of(k);
    }
}
