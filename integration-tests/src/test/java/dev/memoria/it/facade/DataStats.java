package dev.memoria.it.facade;

import dev.memoria.CacheData;

/** §7 scenario 67. Called by {@link StatsIT} only, so its statistics start at zero. */
final class DataStats {

    private DataStats() {
    }

    /** {@code n} kilobytes. */
    @CacheData
    static byte[] foo(int n) {
        return new byte[n * 1000];
    }

    @CacheData
    static byte[] bar() {
        return new byte[10_000];
    }
}
