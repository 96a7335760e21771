package dev.memoria.it.facade;

import dev.memoria.CacheData;
import dev.memoria.CacheResource;

/** Bounded to one entry. Called by {@link StatsIT} only. */
final class BoundedStats {

    private BoundedStats() {
    }

    @CacheData(maxEntries = 1)
    static int data(int x) {
        return x;
    }

    @CacheResource(maxEntries = 1)
    static int resource(int x) {
        return x;
    }
}
