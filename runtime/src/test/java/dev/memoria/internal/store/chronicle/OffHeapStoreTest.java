package dev.memoria.internal.store.chronicle;

import dev.memoria.internal.time.Clock;
import dev.memoria.internal.report.Reporter;
import dev.memoria.internal.store.EntryAuthenticator;
import dev.memoria.internal.policy.CacheSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.memoria.internal.policy.Attributes.OFF_HEAP;
import static dev.memoria.internal.store.chronicle.StoreFixture.get;
import static dev.memoria.internal.store.chronicle.StoreFixture.key;
import static dev.memoria.internal.store.chronicle.StoreFixture.put;
import static org.assertj.core.api.Assertions.assertThat;

class OffHeapStoreTest {

    @Test
    void keepsEntriesOffTheHeapWithoutTouchingTheCacheDirectory(@TempDir Path cache) throws IOException {
        System.setProperty("memoria.cache.dir", cache.toString());
        try {
            ChronicleStore store = ChronicleStore.offHeap(new EntryAuthenticator(CacheSecret.random(), "example.Off.heap()V", "1"),
                    CacheSpec.builder(CacheSpec.Kind.DATA, "example.Off.heap()")
                    .set(OFF_HEAP, true).build(), "example.Off.heap()", new Clock(), Reporter.jvm());
            put(store, key(1), List.of("a", "b"));
            put(store, key(2), new double[1_000_000]);
            assertThat(get(store, key(1))).isEqualTo(List.of("a", "b"));
            assertThat((double[]) get(store, key(2))).hasSize(1_000_000);
            assertThat(store.entries()).isEqualTo(2);
            try (var files = Files.list(cache)) {
                assertThat(files).isEmpty();
            }
            store.close();
        } finally {
            System.clearProperty("memoria.cache.dir");
        }
    }
}
