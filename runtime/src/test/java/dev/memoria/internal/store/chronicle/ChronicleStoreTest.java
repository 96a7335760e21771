package dev.memoria.internal.store.chronicle;

import dev.memoria.internal.report.Reporter;
import dev.memoria.internal.value.Serialized;
import dev.memoria.testing.CapturedStderr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.memoria.internal.policy.Attributes.MAX_ENTRIES;
import static dev.memoria.internal.policy.Attributes.MAX_SIZE;
import static dev.memoria.internal.policy.Attributes.TTL;
import static dev.memoria.internal.store.chronicle.StoreFixture.COPIER;
import static dev.memoria.internal.store.chronicle.StoreFixture.get;
import static dev.memoria.internal.store.chronicle.StoreFixture.key;
import static dev.memoria.internal.store.chronicle.StoreFixture.put;
import static org.assertj.core.api.Assertions.assertThat;

class ChronicleStoreTest {

    @RegisterExtension
    final CapturedStderr stderr = new CapturedStderr();

    /** A record the tests persist; the allow-list admits it where the tests declare it as the return type. */
    record Sample(String name, double[] values, List<Integer> counts) {
    }

    @TempDir
    Path cache;

    private static Sample sample(String name, int values) {
        double[] array = new double[values];
        Arrays.setAll(array, i -> i * 0.25);
        return new Sample(name, array, List.of(1, 2, 3));
    }

    /* --------------- persistence --------------- */

    @Test
    void aSmallValueComesBackAfterARestart() throws IOException {
        StoreFixture fixture = new StoreFixture(cache, spec -> spec);
        ChronicleStore store = fixture.open();
        put(store, key(1), sample("small", 10));
        store.close();

        ChronicleStore reopened = fixture.open();
        Serialized stored = (Serialized) reopened.get(key(1));
        assertThat(stored.isReadBack()).isTrue();
        Sample back = (Sample) COPIER.readBack(Sample.class).deserialize(stored);
        assertThat(back.name()).isEqualTo("small");
        assertThat(back.values()).containsExactly(sample("small", 10).values());
        assertThat(back.counts()).containsExactly(1, 2, 3);
        assertThat(blobs(fixture)).isEmpty();
        reopened.close();
    }

    @Test
    void aLargeValueStreamsToABlobAndBack() throws IOException {
        StoreFixture fixture = new StoreFixture(cache, spec -> spec);
        ChronicleStore store = fixture.open();
        put(store, key(2), sample("large", 2_000_000));
        store.close();

        assertThat(blobs(fixture)).singleElement()
                .satisfies(blob -> assertThat(Files.size(blob)).isGreaterThan(16_000_000L));
        ChronicleStore reopened = fixture.open();
        Serialized stored = (Serialized) reopened.get(key(2));
        assertThat(stored.buffer(0).isDirect()).as("served from the mapped file, not copied to the heap").isTrue();
        assertThat(((Sample) COPIER.readBack(Sample.class).deserialize(stored)).values()).isEqualTo(sample("x", 2_000_000).values());
        reopened.close();
    }

    @Test
    void aLargeMainStreamIsReadInPlaceFromTheBlob() throws IOException {
        StoreFixture fixture = new StoreFixture(cache, spec -> spec);
        ChronicleStore store = fixture.open();
        List<String> names = java.util.stream.IntStream.range(0, 50_000).mapToObj(i -> "name " + i).toList();
        put(store, key(3), names);
        store.close();

        ChronicleStore reopened = fixture.open();
        Serialized stored = (Serialized) reopened.get(key(3));
        assertThat(stored.bufferCount()).as("no array large enough for a buffer of its own").isZero();
        assertThat(stored.main().isDirect()).as("served from the mapped file, not copied to the heap").isTrue();
        assertThat(COPIER.readBack(List.class).deserialize(stored)).isEqualTo(names);
        reopened.close();
    }

    @Test
    void manyRecordsJustUnderTheInlineLimitFitTheIndex() throws IOException {
        StoreFixture fixture = new StoreFixture(cache, spec -> spec);
        ChronicleStore store = fixture.open();
        String nearLimit = "x".repeat(IndexMap.INLINE_LIMIT - 200);
        for (int i = 0; i < 500; i++) {
            put(store, key(i), nearLimit + i);
        }
        assertThat(store.entries()).isEqualTo(500);
        assertThat(get(store, key(499))).isEqualTo(nearLimit + 499);
        assertThat(blobs(fixture)).as("all inline").isEmpty();
        store.close();
    }

    @Test
    void nullAndEmptyValuesRoundTrip() throws IOException {
        StoreFixture fixture = new StoreFixture(cache, spec -> spec);
        ChronicleStore store = fixture.open();
        put(store, key(1), null);
        put(store, key(2), List.of());
        assertThat(store.get(key(1))).isNotNull();
        assertThat(get(store, key(1))).isNull();
        assertThat(get(store, key(2))).isEqualTo(List.of());
        store.close();
    }

    @Test
    void foldersAndFilesAreForTheOwnerOnly() throws IOException {
        StoreFixture fixture = new StoreFixture(cache, spec -> spec);
        ChronicleStore store = fixture.open();
        put(store, key(1), sample("large", 1_000_000));
        try (Stream<Path> paths = Files.walk(cache.resolve(CacheLayout.FUNCTIONS))) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                String expected = Files.isDirectory(path) ? "rwx------" : "rw-------";
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).as(path.toString())
                        .isEqualTo(expected);
            }
        }
        store.close();
    }

    /* --------------- expiry and bounds --------------- */

    @Test
    void ttlCountsFromTheWriteAcrossRestarts() throws IOException {
        StoreFixture fixture = new StoreFixture(cache, spec -> spec.set(TTL, "1h"));
        ChronicleStore store = fixture.open();
        put(store, key(1), sample("large", 1_000_000));
        store.close();

        fixture.advance(Duration.ofMinutes(59));
        ChronicleStore reopened = fixture.open();
        assertThat(reopened.get(key(1))).isNotNull();
        fixture.advance(Duration.ofMinutes(2));
        assertThat(reopened.get(key(1))).isNull();
        assertThat(reopened.evictions()).isEqualTo(1);
        assertThat(reopened.entries()).isZero();
        assertThat(blobs(fixture)).as("the expired entry's blob is deleted").isEmpty();
        reopened.close();
    }

    @Test
    void maxEntriesBoundsTheFileDroppingTheOldestFirst() throws IOException {
        StoreFixture fixture = new StoreFixture(cache, spec -> spec.set(MAX_ENTRIES, 3));
        ChronicleStore store = fixture.open();
        for (int i = 0; i < 5; i++) {
            put(store, key(i), "value " + i);
            fixture.advance(Duration.ofSeconds(1));
        }
        assertThat(store.entries()).isEqualTo(3);
        assertThat(store.evictions()).isEqualTo(2);
        assertThat(store.get(key(0))).isNull();
        assertThat(store.get(key(1))).isNull();
        assertThat(get(store, key(4))).isEqualTo("value 4");
        store.close();
    }

    @Test
    void maxSizeBoundsTheFileDroppingTheOldestFirst() throws IOException {
        StoreFixture fixture = new StoreFixture(cache, spec -> spec.set(MAX_SIZE, "20MB"));
        ChronicleStore store = fixture.open();
        for (int i = 0; i < 4; i++) {
            put(store, key(i), sample("big " + i, 1_000_000)); // 8 MB each
            fixture.advance(Duration.ofSeconds(1));
        }
        assertThat(store.bytes()).isLessThanOrEqualTo(20L << 20);
        assertThat(store.entries()).isEqualTo(2);
        assertThat(store.get(key(0))).isNull();
        assertThat(get(store, key(3), Sample.class)).isNotNull();
        assertThat(blobs(fixture)).hasSize(2);
        store.close();
    }

    @Test
    void removeAndClearDeleteTheBlobs() throws IOException {
        StoreFixture fixture = new StoreFixture(cache, spec -> spec);
        ChronicleStore store = fixture.open();
        put(store, key(1), sample("a", 1_000_000));
        put(store, key(2), sample("b", 1_000_000));
        put(store, key(3), "small");
        store.remove(key(1));
        assertThat(blobs(fixture)).hasSize(1);
        store.clear();
        assertThat(blobs(fixture)).isEmpty();
        assertThat(store.entries()).isZero();
        store.close();
    }

    @Test
    void overwritingAnEntryDeletesTheBlobItReplaced() throws IOException {
        StoreFixture fixture = new StoreFixture(cache, spec -> spec);
        ChronicleStore store = fixture.open();
        put(store, key(1), sample("first", 1_000_000));
        put(store, key(1), sample("second", 1_000_000));
        assertThat(blobs(fixture)).hasSize(1);
        assertThat(((Sample) get(store, key(1), Sample.class)).name()).isEqualTo("second");
        store.close();
    }

    /* --------------- faults --------------- */

    @Test
    void aTamperedInlineRecordIsDroppedNotServed() throws IOException {
        StoreFixture fixture = new StoreFixture(cache, spec -> spec);
        ChronicleStore store = fixture.open();
        put(store, key(1), "the real value");
        Map<byte[], byte[]> index = fixture.index().map();
        byte[] record = index.get(key(1).toBytes());
        record[record.length - 8] ^= 0x40; // inside the payload
        index.put(key(1).toBytes(), record);

        assertThat(store.get(key(1))).isNull();
        assertThat(store.entries()).as("dropped").isZero();
        assertThat(Reporter.jvm().reported()).anyMatch(line -> line.contains("example.Reports.load(int) was dropped because"));
        store.close();
        assertThat(stderr.takeLine())
                .startsWith("[memoria] A stored entry of example.Reports.load(int) was dropped because its index"
                        + " record fails its checksum");
    }

    @Test
    void aBlobWithAFlippedByteIsDropped() throws IOException {
        assertDroppedAfter(blob -> {
            try (RandomAccessFile file = new RandomAccessFile(blob.toFile(), "rw")) {
                file.seek(1234);
                int value = file.read();
                file.seek(1234);
                file.write(value ^ 1);
            }
        });
        assertThat(stderr.takeLine())
                .startsWith("[memoria] A stored entry of example.Reports.load(int) was dropped because it fails its"
                        + " authentication");
    }

    @Test
    void aTruncatedBlobIsDropped() throws IOException {
        assertDroppedAfter(blob -> {
            try (RandomAccessFile file = new RandomAccessFile(blob.toFile(), "rw")) {
                file.setLength(file.length() / 2);
            }
        });
        assertThat(stderr.takeLine())
                .startsWith("[memoria] A stored entry of example.Reports.load(int) was dropped because its blob file"
                        + " holds 4000047 bytes, not 8000095");
    }

    @Test
    void aMissingBlobIsDropped() throws IOException {
        assertDroppedAfter(Files::delete);
        assertThat(stderr.takeLine())
                .startsWith("[memoria] A stored entry of example.Reports.load(int) was dropped because its blob file ")
                .endsWith(".blob is missing; it will be recomputed.");
    }

    /** File damage. */
    @FunctionalInterface
    private interface Damage {
        void apply(Path blob) throws IOException;
    }

    private void assertDroppedAfter(Damage damage) throws IOException {
        StoreFixture fixture = new StoreFixture(cache, spec -> spec);
        ChronicleStore store = fixture.open();
        put(store, key(1), sample("large", 1_000_000));
        store.close();
        damage.apply(blobs(fixture).get(0));

        ChronicleStore reopened = fixture.open();
        assertThat(reopened.get(key(1))).isNull();
        assertThat(reopened.entries()).isZero();
        reopened.close();
    }

    @Test
    void aGarbageIndexFileIsReplacedAtOnceReportedAndItsBlobsDeleted() throws IOException {
        StoreFixture fixture = new StoreFixture(cache, spec -> spec);
        ChronicleStore store = fixture.open();
        put(store, key(1), "stored");
        put(store, key(3), sample("large", 1_000_000));
        store.close();
        assertThat(blobs(fixture)).hasSize(1);
        Path index = fixture.versionDirectory().resolve("entries.cm");
        byte[] garbage = new byte[4096];
        Arrays.fill(garbage, (byte) 0xFF);
        Files.write(index, garbage);

        ChronicleStore reopened = fixture.open(); // Chronicle alone would wait a minute for this header
        assertThat(reopened.get(key(1))).isNull();
        assertThat(blobs(fixture)).as("unreachable without the index").isEmpty();
        assertThat(Reporter.jvm().reported()).anyMatch(line -> line.startsWith("The index of the stored entries of"
                + " example.Reports.load(int) (" + index + ") was damaged (its header is incomplete)"));
        put(reopened, key(2), "new");
        assertThat(get(reopened, key(2))).isEqualTo("new");
        reopened.close();
        assertThat(stderr.takeLine())
                .startsWith("[memoria] The index of the stored entries of example.Reports.load(int) (")
                .contains("was damaged (its header is incomplete)");
    }

    @Test
    void temporaryFilesOfDeadWritersAreRemovedOnOpen() throws IOException {
        StoreFixture fixture = new StoreFixture(cache, spec -> spec);
        fixture.open().close();
        Path blobs = fixture.versionDirectory().resolve(CacheLayout.BLOBS);
        Files.createDirectories(blobs);
        Path dead = Files.createFile(blobs.resolve(".pending-1234-" + Integer.MAX_VALUE + ".tmp"));
        Path alive = Files.createFile(blobs.resolve(".pending-5678-" + ProcessHandle.current().pid() + ".tmp"));

        fixture.open().close();
        assertThat(dead).doesNotExist();
        assertThat(alive).exists();
    }

    @Test
    void theDirtyMarkerMarksAnOpenIndex() throws IOException {
        StoreFixture fixture = new StoreFixture(cache, spec -> spec);
        ChronicleStore store = fixture.open();
        assertThat(fixture.versionDirectory().resolve("entries.dirty")).exists();
        store.close();
        assertThat(fixture.versionDirectory().resolve("entries.dirty")).doesNotExist();
    }

    private static List<Path> blobs(StoreFixture fixture) throws IOException {
        Path directory = fixture.versionDirectory().resolve(CacheLayout.BLOBS);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".blob")).toList();
        }
    }
}
