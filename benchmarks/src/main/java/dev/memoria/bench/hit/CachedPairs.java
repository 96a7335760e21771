package dev.memoria.bench.hit;

import dev.memoria.CacheData;
import dev.memoria.CacheResource;

/** The Memoria contenders: the agent rewrites these methods in the benchmark's forked JVMs. */
final class CachedPairs {

    private CachedPairs() {
    }

    /** Returns a record of primitives: deeply immutable, so a hit shares it as a resource hit does. */
    @CacheData(showSpinner = false)
    static Pair data(int key) {
        return Pair.of(key);
    }

    @CacheResource(showSpinner = false)
    static Pair resource(int key) {
        return Pair.of(key);
    }

    /** Returns a record holding a mutable list: every hit is a copy. */
    @CacheData(showSpinner = false)
    static Sample copied(int key) {
        return Sample.of(key);
    }

    @CacheResource(showSpinner = false)
    static Pair threeArguments(int key, String tag, Label label) {
        return Pair.of(key + tag.length() + label.rank());
    }

    @CacheResource(showSpinner = false)
    static Pair sixArguments(int key, String tag, Label label, int other, String more, Label second) {
        return Pair.of(key + tag.length() + label.rank() + other + more.length() + second.rank());
    }
}
