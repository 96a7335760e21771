package dev.memoria.bench.table;

import dev.memoria.CacheData;
import dev.memoria.CacheResource;

/**
 * The Memoria contenders of Streamlit's table. The body returns a table built beforehand, so the time of a first call
 * is the caching overhead alone, as in Streamlit's "first run" row; {@code run} makes every repetition a new key.
 */
final class CachedColumns {

    static volatile Columns source;

    private CachedColumns() {
    }

    @CacheData(showSpinner = false)
    static Columns data(int run) {
        return source;
    }

    @CacheResource(showSpinner = false)
    static Columns resource(int run) {
        return source;
    }
}
