package dev.memoria.bench.hit;

import dev.memoria.CacheData;
import dev.memoria.CacheResource;

/** The two Memoria contenders: the agent rewrites these methods in the benchmark's forked JVMs. */
final class CachedPairs {

    private CachedPairs() {
    }

    @CacheData(showSpinner = false)
    static Pair data(int key) {
        return Pair.of(key);
    }

    @CacheResource(showSpinner = false)
    static Pair resource(int key) {
        return Pair.of(key);
    }
}
