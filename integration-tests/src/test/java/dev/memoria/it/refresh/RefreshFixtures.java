package dev.memoria.it.refresh;

import dev.memoria.CacheData;
import dev.memoria.CacheResource;
import dev.memoria.Refresh;
import dev.memoria.it.support.Calls;
import org.junit.jupiter.api.Named;

import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Methods with {@code refresh = BACKGROUND}; each returns its body's run number, so a test sees which computation
 * answered. {@code ttl = "1m"}, stale for another minute ({@code maxStale} left out) or for ten
 * ({@code maxStale = "10m"}).
 */
final class RefreshFixtures {

    static final Calls CALLS = new Calls();

    private RefreshFixtures() {
    }

    /** One method under test, through the annotation it is cached with. */
    interface Refreshing {

        /** ttl 1 minute, stale for one more. */
        int value(String key);

        /** ttl 1 minute, stale for ten more. */
        int longStale(String key);
    }

    static Stream<Named<Refreshing>> both() {
        return Stream.of(Named.of("@CacheData(ttl = \"1m\", refresh = BACKGROUND)", new DataRefreshing()),
                Named.of("@CacheResource(ttl = \"1m\", refresh = BACKGROUND)", new ResourceRefreshing()),
                Named.of("@CacheData(ttl = \"1m\", refresh = BACKGROUND) returning CompletableFuture<Integer>",
                        new AsyncRefreshing()));
    }

    static final class DataRefreshing implements Refreshing {

        @CacheData(ttl = "1m", refresh = Refresh.BACKGROUND, showSpinner = false)
        static int dataValue(String key) {
            return CALLS.record("value", key);
        }

        @CacheData(ttl = "1m", refresh = Refresh.BACKGROUND, maxStale = "10m", showSpinner = false)
        static int dataLongStale(String key) {
            return CALLS.record("longStale", key);
        }

        @Override
        public int value(String key) {
            return dataValue(key);
        }

        @Override
        public int longStale(String key) {
            return dataLongStale(key);
        }
    }

    static final class ResourceRefreshing implements Refreshing {

        @CacheResource(ttl = "1m", refresh = Refresh.BACKGROUND, showSpinner = false)
        static Integer resourceValue(String key) {
            return CALLS.record("value", key);
        }

        @CacheResource(ttl = "1m", refresh = Refresh.BACKGROUND, maxStale = "10m", showSpinner = false)
        static Integer resourceLongStale(String key) {
            return CALLS.record("longStale", key);
        }

        @Override
        public int value(String key) {
            return resourceValue(key);
        }

        @Override
        public int longStale(String key) {
            return resourceLongStale(key);
        }
    }

    /** Refreshes an asynchronous method: its future's value replaces the stale one. */
    static final class AsyncRefreshing implements Refreshing {

        @CacheData(ttl = "1m", refresh = Refresh.BACKGROUND, showSpinner = false)
        static CompletableFuture<Integer> asyncValue(String key) {
            int run = CALLS.record("value", key);
            return CompletableFuture.supplyAsync(() -> run);
        }

        @CacheData(ttl = "1m", refresh = Refresh.BACKGROUND, maxStale = "10m", showSpinner = false)
        static CompletableFuture<Integer> asyncLongStale(String key) {
            int run = CALLS.record("longStale", key);
            return CompletableFuture.supplyAsync(() -> run);
        }

        @Override
        public int value(String key) {
            return asyncValue(key).join();
        }

        @Override
        public int longStale(String key) {
            return asyncLongStale(key).join();
        }
    }
}
