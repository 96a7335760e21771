package dev.memoria.it.disk;

import dev.memoria.it.disk.apps.Catalogs;
import dev.memoria.it.disk.apps.Measurements;
import dev.memoria.it.disk.apps.Writer;
import dev.memoria.it.support.ChildStderr;
import dev.memoria.it.support.ForkedJvm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static dev.memoria.it.disk.AppJvm.bodyRuns;
import static dev.memoria.it.disk.AppJvm.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A damaged cache directory never hurts the application: a corrupt, truncated or missing entry is detected, reported
 * once on stderr, dropped and recomputed; it is never served and never thrown. Most tests damage a copy of a cache
 * directory in which a first JVM stored two traces (blob files) and fifty labels (index records).
 */
@DisplayName("Faults: a damaged or unusable cache is reported once and recomputed, never served, never thrown")
class FaultsIT {

    private static final String TRACE = "dev.memoria.it.disk.apps.Measurements.trace(int)";
    private static final String LABEL = "dev.memoria.it.disk.apps.Measurements.label(int)";
    private static final String[] TRACES = {"trace:1", "trace:2"};
    private static final String ALL_LABELS = "labels:0:50";
    /**
     * How long a JVM that meets damage may take, start to end, where a healthy one takes a second or two: far less
     * than the minute Chronicle Map waits for a header or a lock it believes another process holds.
     */
    private static final Duration NO_STALL = Duration.ofSeconds(30);

    @TempDir
    static Path filled;

    @TempDir
    Path temp;

    @BeforeAll
    static void fillTheCache() {
        ForkedJvm.Result run = AppJvm.app(Measurements.class, filled, "trace:1", "trace:2", ALL_LABELS).run();
        assertThat(bodyRuns(run)).as(run.toString()).hasSize(52);
        assertThat(CacheFiles.blobs(filled, "Measurements.trace")).hasSize(2);
        ChildStderr.assertChronicleUsedAnd(run);
    }

    @Nested
    @DisplayName("Damaged blob files")
    class DamagedBlobs {

        @Test
        @DisplayName("A flipped byte in a blob: the next JVM recomputes the correct value, reports once for both"
                     + " damaged entries, and stores it again for the JVM after")
        void flippedByteIsRecomputedAndReportedOnce() throws IOException {
            Path cache = copy();
            for (Path blob : CacheFiles.blobs(cache, "Measurements.trace")) {
                CacheFiles.flipByte(blob, Files.size(blob) / 2);
            }

            ForkedJvm.Result next = AppJvm.app(Measurements.class, cache, TRACES).run();
            ForkedJvm.Result after = AppJvm.app(Measurements.class, cache, TRACES).run();

            assertThat(bodyRuns(next)).as(next.toString()).containsExactly(TRACES);
            assertTracesCorrect(next);
            ChildStderr.assertChronicleUsedAnd(next, "[memoria] A stored entry of " + TRACE
                    + " was dropped because it fails its authentication: it was altered, or moved there from another"
                    + " argument key, method, code version or cache directory; it will be recomputed.");
            assertThat(bodyRuns(after)).as(after.toString()).isEmpty();
            assertTracesCorrect(after);
            ChildStderr.assertChronicleUsedAnd(after);
        }

        @Test
        @DisplayName("A truncated blob: recomputed, reported once")
        void truncatedBlobIsRecomputed() throws IOException {
            Path cache = copy();
            for (Path blob : CacheFiles.blobs(cache, "Measurements.trace")) {
                try (RandomAccessFile file = new RandomAccessFile(blob.toFile(), "rw")) {
                    file.setLength(file.length() / 3);
                }
            }

            ForkedJvm.Result next = AppJvm.app(Measurements.class, cache, TRACES).run();

            assertThat(bodyRuns(next)).as(next.toString()).containsExactly(TRACES);
            assertTracesCorrect(next);
            ChildStderr.assertChronicleUsedAnd(next, "[memoria] A stored entry of " + TRACE
                    + " was dropped because its blob file holds ");
        }

        @Test
        @DisplayName("A deleted blob: recomputed, reported once")
        void deletedBlobIsRecomputed() throws IOException {
            Path cache = copy();
            for (Path blob : CacheFiles.blobs(cache, "Measurements.trace")) {
                Files.delete(blob);
            }

            ForkedJvm.Result next = AppJvm.app(Measurements.class, cache, TRACES).run();

            assertThat(bodyRuns(next)).as(next.toString()).containsExactly(TRACES);
            assertTracesCorrect(next);
            ChildStderr.assertChronicleUsedAnd(next, "[memoria] A stored entry of " + TRACE
                    + " was dropped because its blob file ");
            assertThat(next.stderr()).contains(" is missing; it will be recomputed.");
        }
    }

    @Nested
    @DisplayName("A damaged index")
    class DamagedIndex {

        @Test
        @DisplayName("A flipped byte inside index records: those entries are recomputed, correct, reported once; the"
                     + " others hit")
        void flippedRecordBytesAreRecomputed() throws IOException {
            Path cache = copy();
            Path index = CacheFiles.index(cache, "Measurements.label");
            List<Long> records = recordOffsets(index);
            assertThat(records).as("index records found in %s", index).hasSize(50);
            List<Long> damaged = IntStream.range(0, records.size()).filter(i -> i % 5 == 0)
                    .mapToObj(records::get).toList();
            for (long record : damaged) {
                CacheFiles.flipByte(index, record + 62); // in the payload (after a 28-byte header and a 32-byte tag)
            }

            ForkedJvm.Result next = AppJvm.app(Measurements.class, cache, ALL_LABELS).run();

            assertThat(bodyRuns(next)).as(next.toString()).hasSize(damaged.size());
            assertLabelsCorrect(next);
            ChildStderr.assertChronicleUsedAnd(next, "[memoria] A stored entry of " + LABEL
                    + " was dropped because its index record fails its checksum; it will be recomputed.");
        }

        @Test
        @DisplayName("An index file overwritten with garbage: the next JVM reports it once, replaces it at once,"
                     + " recomputes every label correctly and stores them again")
        void garbageIndexIsReplaced() throws IOException {
            Path cache = copy();
            byte[] garbage = new byte[4096];
            java.util.Arrays.fill(garbage, (byte) 0xFF);
            Files.write(CacheFiles.index(cache, "Measurements.label"), garbage);

            ForkedJvm.Result next = AppJvm.app(Measurements.class, cache, ALL_LABELS).timeout(NO_STALL).run();
            ForkedJvm.Result after = AppJvm.app(Measurements.class, cache, ALL_LABELS).timeout(NO_STALL).run();

            assertThat(bodyRuns(next)).as(next.toString()).hasSize(50);
            assertLabelsCorrect(next);
            assertThat(ChildStderr.withoutUnsafeWarning(next, true)).as("one report of the damage%n%s", next)
                    .singleElement().asString().startsWith("[memoria] ").contains(LABEL);
            assertThat(bodyRuns(after)).as(after.toString()).isEmpty();
            ChildStderr.assertChronicleUsedAnd(after);
        }

        @ParameterizedTest(name = "seed {0}")
        @ValueSource(longs = {1, 2, 3, 4})
        @DisplayName("Bytes flipped anywhere in the used part of the index file: every label is either a hit or"
                     + " recomputed, always correct; nothing is thrown, nothing stalls")
        void randomDamageNeverServesAWrongValue(long seed) throws IOException {
            Path cache = copy();
            Path index = CacheFiles.index(cache, "Measurements.label");
            byte[] bytes = Files.readAllBytes(index);
            List<Integer> used = new ArrayList<>();
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] != 0) {
                    used.add(i);
                }
            }
            Random random = new Random(seed);
            for (int i = 0; i < 4; i++) {
                int position = used.get(random.nextInt(used.size()));
                bytes[position] ^= (byte) (1 << random.nextInt(8));
            }
            Files.write(index, bytes);

            ForkedJvm.Result next = AppJvm.app(Measurements.class, cache, ALL_LABELS).timeout(NO_STALL).run();

            assertThat(next.exitCode()).as(next.toString()).isZero();
            assertLabelsCorrect(next);
            assertThat(ChildStderr.withoutUnsafeWarning(next, true)).as(next.toString())
                    .allMatch(line -> line.startsWith("[memoria] "));
        }
    }

    @Nested
    @DisplayName("kill -9")
    class Killed {

        @Test
        @DisplayName("Killed while storing many entries: the next JVM opens the cache without a report, every entry"
                     + " stored before the kill hits with its value, and new entries are stored at once")
        void killedWhileStoringManyEntries() {
            Path cache = temp.resolve("cache");
            ForkedJvm.Result killed;
            try (ForkedJvm.Running writer = AppJvm.app(Writer.class, cache, "loop").start()) {
                writer.awaitLine("ready");
                writer.awaitLine("stored 150");
                killed = writer.kill();
            }
            int lastStored = lastStored(killed);

            ForkedJvm.Result next = AppJvm.app(Writer.class, cache, "check:0:" + (lastStored + 50))
                    .timeout(NO_STALL).run();
            ForkedJvm.Result after = AppJvm.app(Writer.class, cache, "check:" + (lastStored + 1) + ":"
                                                                     + (lastStored + 50)).run();

            assertThat(next.exitCode()).as(next.toString()).isZero();
            assertThat(next.stdoutLines()).as(next.toString()).filteredOn(line -> line.startsWith("reading:"))
                    .hasSize(lastStored + 50).allMatch(line -> line.endsWith(" = ok"));
            assertThat(bodyRuns(next)).as("stored before the kill, so never recomputed%n%s", next)
                    .allMatch(run -> Integer.parseInt(run.substring("reading:".length())) > lastStored);
            ChildStderr.assertChronicleUsedAnd(next);
            assertThat(bodyRuns(after)).as("stored by the JVM after the kill%n%s", after).isEmpty();
            ChildStderr.assertChronicleUsedAnd(after);
            assertThat(CacheFiles.notBlobs(cache, "Writer.reading")).as("temporary files of the killed writer")
                    .isEmpty();
        }

        @Test
        @DisplayName("Killed in the middle of writing a 1 GiB value: the next JVM sees no trace of that entry, keeps"
                     + " the entries stored before, removes the unfinished file and stores new values")
        void killedDuringAOneGibWrite() throws IOException, InterruptedException {
            Path cache = temp.resolve("cache");
            ForkedJvm.Result killed;
            try (ForkedJvm.Running writer = AppJvm.heavyApp(Writer.class, cache, "2g", "write:0:20",
                    "huge:1024").start()) {
                writer.awaitLine("stored 19");
                awaitUnfinishedBlob(cache, writer);
                killed = writer.kill();
            }
            assertThat(killed.stdoutLines()).as(killed.toString()).contains("computed huge:1024")
                    .noneMatch(line -> line.startsWith("huge:1024 = "));

            ForkedJvm.Result next = AppJvm.app(Writer.class, cache, "check:0:20", "huge:1", "stats:huge")
                    .timeout(NO_STALL).run();

            assertThat(next.exitCode()).as(next.toString()).isZero();
            assertThat(bodyRuns(next)).as(next.toString()).containsExactly("huge:1");
            assertThat(next.stdoutLines()).filteredOn(line -> line.startsWith("reading:")).hasSize(20)
                    .allMatch(line -> line.endsWith(" = ok"));
            assertThat(value(next, "stats:huge")).as("only huge:1 is stored%n%s", next).isEqualTo("entries=1");
            assertThat(CacheFiles.notBlobs(cache, "Writer.huge")).as("the killed writer's unfinished file").isEmpty();
            assertThat(CacheFiles.blobs(cache, "Writer.huge")).singleElement()
                    .satisfies(blob -> assertThat(Files.size(blob)).isLessThan(2L << 20));
            ChildStderr.assertChronicleUsedAnd(next);
        }

        /** Waits until a blob is being written: its temporary file exists. Fails if the writer gets past it. */
        private void awaitUnfinishedBlob(Path cache, ForkedJvm.Running writer) throws IOException,
                InterruptedException {
            while (true) {
                try (var files = Files.walk(cache)) {
                    if (files.anyMatch(file -> file.getFileName().toString().startsWith(".pending-"))) {
                        return;
                    }
                } catch (UncheckedIOException vanished) {
                    // a temporary file (the manifest's, say) renamed while walked: look again
                }
                if (writer.stdoutLines().stream().anyMatch(line -> line.startsWith("huge:1024 = "))
                    || !writer.process().isAlive()) {
                    fail("The 1 GiB write ended before the test saw it in progress:%n%s", writer);
                }
                Thread.sleep(1); // the write takes a second or more: plenty of looks
            }
        }

        private static int lastStored(ForkedJvm.Result killed) {
            List<String> stored = killed.stdoutLines().stream().filter(line -> line.startsWith("stored ")).toList();
            return Integer.parseInt(stored.get(stored.size() - 1).substring("stored ".length()));
        }
    }

    @Nested
    @DisplayName("A cache directory that cannot be used")
    class Unusable {

        @Test
        @DisplayName("A cache directory under a regular file: one warning naming it, and the method still caches in"
                     + " memory")
        void directoryThatCannotBeCreated() throws IOException {
            Path file = Files.createFile(temp.resolve("afile"));
            Path cache = file.resolve("cache");

            ForkedJvm.Result run = AppJvm.app(Measurements.class, cache, "label:1", "label:1", "label:2", "label:2")
                    .run();

            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(bodyRuns(run)).as(run.toString()).containsExactly("label:1", "label:2");
            assertThat(AppJvm.values(run, "label:1")).containsOnly(Measurements.expectedLabel(1));
            ChildStderr.assertChronicleUnusedAnd(run, "[memoria] Could not open the disk cache in " + cache + " for "
                    + LABEL + " (");
            assertThat(run.stderr()).contains("); its entries are kept in memory.");
            assertThat(file).isRegularFile().isEmptyFile();
        }

        @Test
        @DisplayName("A blobs folder replaced by a file: large values are still returned and cached in memory, with"
                     + " one warning")
        void blobsThatCannotBeWritten() throws IOException {
            Path cache = copy();
            Path blobs = CacheFiles.versionFolder(cache, "Measurements.trace").resolve("blobs");
            for (Path blob : CacheFiles.list(blobs)) {
                Files.delete(blob);
            }
            Files.delete(blobs);
            Files.createFile(blobs);

            ForkedJvm.Result run = AppJvm.app(Measurements.class, cache, "trace:3", "trace:3", "trace:1", "trace:1")
                    .run();

            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(bodyRuns(run)).as(run.toString()).containsExactly("trace:3", "trace:1");
            assertThat(AppJvm.values(run, "trace:3")).containsOnly(Measurements.expectedTrace(3));
            assertThat(AppJvm.values(run, "trace:1")).containsOnly(Measurements.expectedTrace(1));
            // The layout check refuses the folder before Chronicle Map loads, so Java 25 prints no Unsafe warning.
            assertThat(ChildStderr.withoutUnsafeWarning(run, false)).as(run.toString())
                    .singleElement().asString().startsWith("[memoria] ").contains(TRACE);
        }
    }

    @Nested
    @DisplayName("A JVM too small for a stored value")
    class TooSmall {

        @Test
        @DisplayName("leaves the entry on disk: a later JVM with room for it still hits")
        void runningOutOfMemoryWhileReadingBackKeepsTheEntry() {
            Path cache = temp.resolve("cache");
            String call = "samples:12500000"; // 100 MB
            ForkedJvm.Result first = AppJvm.heavyApp(Catalogs.class, cache, "320m", call).run();
            assertThat(bodyRuns(first)).as(first.toString()).containsExactly(call);
            ChildStderr.assertChronicleUsedAnd(first);

            ForkedJvm.Result small = AppJvm.heavyApp(Catalogs.class, cache, "64m", call).run();
            ForkedJvm.Result large = AppJvm.heavyApp(Catalogs.class, cache, "320m", call).run();

            assertThat(small.stderr()).as("the small JVM cannot hold the value%n%s", small)
                    .contains("java.lang.OutOfMemoryError");
            assertThat(bodyRuns(large)).as(large.toString()).isEmpty();
            assertThat(value(large, call)).isEqualTo(Catalogs.expectedSamples(12_500_000));
            ChildStderr.assertChronicleUsedAnd(large);
        }
    }

    private Path copy() {
        Path cache = temp.resolve("cache");
        CacheFiles.copy(filled, cache);
        return cache;
    }

    private static void assertTracesCorrect(ForkedJvm.Result run) {
        assertThat(value(run, "trace:1")).as(run.toString()).isEqualTo(Measurements.expectedTrace(1));
        assertThat(value(run, "trace:2")).as(run.toString()).isEqualTo(Measurements.expectedTrace(2));
    }

    private static void assertLabelsCorrect(ForkedJvm.Result run) {
        for (int id = 0; id < 50; id++) {
            assertThat(AppJvm.values(run, "label:" + id)).as(run.toString())
                    .containsExactly(Measurements.expectedLabel(id));
        }
    }

    /**
     * Where the inline entry records start in an index file: each begins with the magic {@code MEMO}, format 4 and
     * placement 0 (see {@code EntryRecord}).
     */
    private static List<Long> recordOffsets(Path index) throws IOException {
        byte[] bytes = Files.readAllBytes(index);
        byte[] header = {'M', 'E', 'M', 'O', 4, 0};
        List<Long> offsets = new ArrayList<>();
        for (int i = 0; i + header.length <= bytes.length; i++) {
            boolean match = true;
            for (int j = 0; j < header.length && match; j++) {
                match = bytes[i + j] == header[j];
            }
            if (match) {
                offsets.add((long) i);
            }
        }
        return offsets;
    }
}
