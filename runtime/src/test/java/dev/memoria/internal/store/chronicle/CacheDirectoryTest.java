package dev.memoria.internal.store.chronicle;

import dev.memoria.internal.report.Reporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import static dev.memoria.internal.policy.Attributes.MAX_ENTRIES;
import static dev.memoria.internal.policy.Attributes.TTL;
import static dev.memoria.internal.store.chronicle.StoreFixture.key;
import static dev.memoria.internal.store.chronicle.StoreFixture.put;
import static org.assertj.core.api.Assertions.assertThat;

class CacheDirectoryTest {

    @TempDir
    Path cache;

    private StoredVersion onlyVersion() {
        return new CacheDirectory(cache, Reporter.jvm()).versions().get(0);
    }

    @Test
    void listsStoredVersionsWithWhatTheyHold() throws IOException {
        StoreFixture fixture = new StoreFixture(cache, spec -> spec.set(TTL, "1d"));
        ChronicleStore store = fixture.open();
        put(store, key(1), "one");
        put(store, key(2), new double[100_000]);
        store.close();

        StoredVersion version = onlyVersion();
        assertThat(version.method()).isEqualTo("example.Reports.load(int)");
        assertThat(version.fingerprint()).isEqualTo("0123456789abcdef0123456789abcdef");
        assertThat(version.configuration()).contains("ttl=PT24H");
        assertThat(version.inUse()).isFalse();
        StoredVersion.Contents contents = version.contents();
        assertThat(contents.entries()).isEqualTo(2);
        assertThat(contents.bytes()).isGreaterThan(800_000);
        assertThat(contents.oldest()).isBeforeOrEqualTo(contents.newest());
    }

    @Test
    void aDamagedVersionDescriptionStillLists() throws IOException {
        StoreFixture fixture = new StoreFixture(cache, spec -> spec);
        fixture.open().close();
        Path description = fixture.versionDirectory().resolve(CacheLayout.VERSION_FILE);
        Files.writeString(description, Files.readString(description).replaceAll("created=.*", "created=yesterday"));

        assertThat(onlyVersion().created()).isEqualTo(Instant.EPOCH);
        assertThat(onlyVersion().method()).isEqualTo("example.Reports.load(int)");
    }

    @Test
    void aVersionOpenInThisJvmIsInUse() throws IOException {
        ChronicleStore store = new StoreFixture(cache, spec -> spec).open();
        assertThat(onlyVersion().inUse()).isTrue();
        store.close();
        assertThat(onlyVersion().inUse()).isFalse();
    }

    @Test
    void verifyCountsAndRepairsCorruptEntries() throws IOException {
        StoreFixture fixture = new StoreFixture(cache, spec -> spec);
        ChronicleStore store = fixture.open();
        put(store, key(1), new double[100_000]);
        put(store, key(2), "fine");
        store.close();
        Path blob;
        try (Stream<Path> blobs = Files.list(fixture.versionDirectory().resolve(CacheLayout.BLOBS))) {
            blob = blobs.findFirst().orElseThrow();
        }
        try (RandomAccessFile file = new RandomAccessFile(blob.toFile(), "rw")) {
            file.seek(10);
            file.write(0x7F);
        }

        assertThat(onlyVersion().verify(false)).isEqualTo(new ChronicleStore.Verification(2, 1));
        assertThat(onlyVersion().verify(true)).isEqualTo(new ChronicleStore.Verification(2, 1));
        assertThat(onlyVersion().verify(false)).isEqualTo(new ChronicleStore.Verification(1, 0));
    }

    @Test
    void removesEntriesWrittenBeforeACutoff() throws IOException {
        StoreFixture fixture = new StoreFixture(cache, spec -> spec);
        ChronicleStore store = fixture.open();
        put(store, key(1), "old");
        fixture.advance(Duration.ofDays(2));
        put(store, key(2), "new");
        store.close();

        Instant cutoff = Instant.ofEpochMilli(fixture.clock().currentTimeMillis()).minus(Duration.ofDays(1));
        assertThat(onlyVersion().countWrittenBefore(cutoff)).isEqualTo(1);
        assertThat(onlyVersion().contents().entries()).isEqualTo(2);
        assertThat(onlyVersion().removeWrittenBefore(cutoff)).isEqualTo(1);
        assertThat(onlyVersion().contents().entries()).isEqualTo(1);
    }

    @Test
    void aBoundedMethodDiscardsItsOtherCodeVersionsWhenItOpens() throws IOException {
        StoreFixture old = new StoreFixture(cache, spec -> spec
                .set(MAX_ENTRIES, 10), "00000000000000000000000000000001");
        ChronicleStore previous = old.open();
        put(previous, key(1), "from the old code");
        previous.close();

        ChronicleStore current = new StoreFixture(cache, spec -> spec.set(MAX_ENTRIES, 10),
                "00000000000000000000000000000002").open();
        assertThat(old.versionDirectory()).doesNotExist();
        assertThat(new CacheDirectory(cache, Reporter.jvm()).versions()).extracting(StoredVersion::fingerprint)
                .containsExactly("00000000000000000000000000000002");
        current.close();
    }

    @Test
    void anUnboundedMethodKeepsItsOtherCodeVersions() throws IOException {
        StoreFixture old = new StoreFixture(cache, spec -> spec, "00000000000000000000000000000001");
        old.open().close();
        new StoreFixture(cache, spec -> spec, "00000000000000000000000000000002").open().close();
        assertThat(new CacheDirectory(cache, Reporter.jvm()).versions()).hasSize(2);
    }

    @Test
    void discardDeletesAVersionNobodyUses() throws IOException {
        StoreFixture fixture = new StoreFixture(cache, spec -> spec);
        ChronicleStore store = fixture.open();
        put(store, key(1), "x");
        store.close();

        assertThat(onlyVersion().discard()).isTrue();
        assertThat(fixture.versionDirectory()).doesNotExist();
        assertThat(new CacheDirectory(cache, Reporter.jvm()).versions()).isEmpty();
    }

    @Test
    void discardEmptiesAVersionInUse() throws IOException {
        StoreFixture fixture = new StoreFixture(cache, spec -> spec);
        ChronicleStore store = fixture.open();
        put(store, key(1), "x");

        assertThat(onlyVersion().discard()).isFalse();
        assertThat(fixture.versionDirectory()).exists();
        assertThat(store.entries()).isZero();
        store.close();
    }

    @Test
    void deleteIfUnusedDeletesOnlyAVersionNobodyUses() throws IOException {
        StoreFixture fixture = new StoreFixture(cache, spec -> spec);
        ChronicleStore store = fixture.open();
        put(store, key(1), "x");

        assertThat(onlyVersion().deleteIfUnused()).isFalse();
        assertThat(store.entries()).isEqualTo(1);
        store.close();
        assertThat(onlyVersion().deleteIfUnused()).isTrue();
        assertThat(fixture.versionDirectory()).doesNotExist();
    }

    @Test
    void aFolderHasTheLayoutOnceSomethingWasPersisted() throws IOException {
        assertThat(new CacheDirectory(cache, Reporter.jvm()).hasLayout()).isFalse();
        new StoreFixture(cache, spec -> spec).open().close();
        assertThat(new CacheDirectory(cache, Reporter.jvm()).hasLayout()).isTrue();
    }
}
