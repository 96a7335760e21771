package dev.memoria.it.facade;

import dev.memoria.CacheResource;

/** §7 scenario 68. Called by {@link StatsIT} only, so its statistics start at zero. */
final class ResourceStats {

    private ResourceStats() {
    }

    /** {@code n} kilobytes. */
    @CacheResource
    static byte[] foo(int n) {
        return new byte[n * 1000];
    }

    @CacheResource
    static byte[] bar() {
        return new byte[10_000];
    }
}
