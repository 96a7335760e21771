package dev.memoria.internal.store.chronicle;

import dev.memoria.internal.time.Clock;
import dev.memoria.internal.cache.Stores;
import dev.memoria.internal.key.Key;
import dev.memoria.internal.report.Reporter;
import dev.memoria.internal.store.MemoryStore;
import dev.memoria.internal.store.Store;
import dev.memoria.internal.store.TieredStore;
import dev.memoria.internal.value.Serialized;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import static dev.memoria.internal.store.chronicle.StoreFixture.COPIER;
import static org.assertj.core.api.Assertions.assertThat;

/** A disk store opened in the background while its method's first call binds the rest of the method. */
class PreparedStoreTest {

    @TempDir
    Path temporary;

    private String previous;

    @BeforeEach
    void remember() {
        previous = System.getProperty("memoria.cache.dir");
    }

    @AfterEach
    void restore() {
        if (previous == null) {
            System.clearProperty("memoria.cache.dir");
        } else {
            System.setProperty("memoria.cache.dir", previous);
        }
    }

    @Test
    void theIndexOpensInTheBackgroundAndTheStoreTakesItOver() throws Exception {
        Path cache = temporary.resolve("cache");
        System.setProperty("memoria.cache.dir", cache.toString());
        StoreFixture fixture = new StoreFixture(cache, spec -> spec);
        Stores stores = Stores.fromSettings(new Clock(), Reporter.jvm());

        stores.prepare(fixture.descriptor());
        for (int waited = 0; !PersistedIndex.isOpenHere(fixture.versionDirectory()) && waited < 600; waited++) {
            Thread.sleep(100);
        }
        assertThat(PersistedIndex.isOpenHere(fixture.versionDirectory())).as("opened before the store is asked for")
                .isTrue();

        Store<Object> store = stores.create(fixture.descriptor(), key -> (Key) key);
        assertThat(store).isInstanceOf(TieredStore.class);
        store.put(StoreFixture.key(1), COPIER.serialize("stored", store.spill()));
        Serialized back = (Serialized) store.get(StoreFixture.key(1));
        assertThat(COPIER.readBack(String.class).deserialize(back)).isEqualTo("stored");
    }

    @Test
    void aRefusedDirectoryIsReportedByTheFirstCallAndLeftAlone() throws IOException {
        Path cache = Files.createDirectory(temporary.resolve("shared"));
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwxrwx"));
        System.setProperty("memoria.cache.dir", cache.toString());
        StoreFixture fixture = new StoreFixture(cache, spec -> spec, "0123456789abcdef0123456789abcdef", "refused");
        Stores stores = Stores.fromSettings(new Clock(), Reporter.jvm());

        stores.prepare(fixture.descriptor());
        Store<Object> store = stores.create(fixture.descriptor(), key -> (Key) key);

        assertThat(store).isInstanceOf(MemoryStore.class);
        assertThat(Reporter.jvm().reported()).anyMatch(line -> line.contains(cache + " can be written by other users")
                && line.contains("example.Reports.refused(int) and the other methods stored there keep their"
                + " entries in memory"));
        try (Stream<Path> files = Files.list(cache)) {
            assertThat(files).as("nothing written in a refused directory").isEmpty();
        }
    }
}
