package dev.memoria.internal.store.chronicle;

import dev.memoria.internal.recording.Recording;
import dev.memoria.internal.replay.FakeRecordings;
import dev.memoria.internal.report.Reporter;
import dev.memoria.internal.value.Serialized;
import dev.memoria.testing.CapturedStderr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

import static dev.memoria.internal.store.chronicle.StoreFixture.COPIER;
import static dev.memoria.internal.store.chronicle.StoreFixture.get;
import static dev.memoria.internal.store.chronicle.StoreFixture.key;
import static org.assertj.core.api.Assertions.assertThat;

/** The UI calls a computation made, stored with its entry: back after a restart, and checked as the value is. */
class RecordingOnDiskTest {

    @RegisterExtension
    final CapturedStderr stderr = new CapturedStderr();

    private static final List<String> DRAWN = List.of("main:a", "main.1:Mark[text=a]", "sidebar:a");

    @TempDir
    Path cache;

    @Test
    void aRecordingComesBackAfterARestartWithAnInlineEntry() throws IOException {
        assertThat(drawnAfterRestart("small")).isEqualTo(DRAWN);
        assertThat(blobs()).isEmpty();
    }

    @Test
    void aRecordingComesBackAfterARestartWithAValueWrittenToABlob() throws IOException {
        assertThat(drawnAfterRestart("x".repeat(IndexMap.INLINE_LIMIT))).isEqualTo(DRAWN);
        assertThat(blobs()).hasSize(1);
    }

    @Test
    void aRecordingComesBackAfterARestartWithAValueSpilledToABlob() throws IOException {
        assertThat(drawnAfterRestart(new double[1_000_000])).isEqualTo(DRAWN);
        assertThat(blobs()).hasSize(1);
    }

    @Test
    void aFormatOneRecordWhichCannotSayWhoseItIsIsAMiss() throws IOException {
        StoreFixture fixture = new StoreFixture(cache, spec -> spec);
        ChronicleStore store = fixture.open();
        index(fixture).put(key(1).toBytes(), formatOneRecord(COPIER.serialize("written by format 1")));

        assertThat(store.get(key(1))).isNull();
        assertThat(store.entries()).as("dropped").isZero();
        assertThat(Reporter.jvm().reported()).anyMatch(line -> line.contains("was dropped because it was stored in format 1"));
        store.close();
        assertThat(stderr.takeLine())
                .startsWith("[memoria] A stored entry of example.Reports.load(int) was dropped because it was stored"
                        + " in format 1");
    }

    @Test
    void aFlippedByteInTheRecordingOfAnInlineEntryDropsIt() throws IOException {
        StoreFixture fixture = new StoreFixture(cache, spec -> spec);
        ChronicleStore store = fixture.open();
        putDrawn(store, "small");
        Map<byte[], byte[]> index = index(fixture);
        byte[] record = index.get(key(1).toBytes());
        record[record.length - 5] ^= 0x01; // the last byte of the payload: the recording's
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
    void aFlippedByteInTheRecordingOfABlobDropsIt() throws IOException {
        StoreFixture fixture = new StoreFixture(cache, spec -> spec);
        ChronicleStore store = fixture.open();
        putDrawn(store, new double[1_000_000]);
        store.close();
        try (RandomAccessFile blob = new RandomAccessFile(blobs().get(0).toFile(), "rw")) {
            blob.seek(blob.length() - 1); // the blob ends with the recording
            int last = blob.read();
            blob.seek(blob.length() - 1);
            blob.write(last ^ 0x01);
        }

        ChronicleStore reopened = fixture.open();
        assertThat(reopened.get(key(1))).isNull();
        assertThat(reopened.entries()).isZero();
        reopened.close();
        assertThat(stderr.takeLine())
                .startsWith("[memoria] A stored entry of example.Reports.load(int) was dropped because it fails its"
                        + " authentication");
    }

    /** Stores {@code value} with {@link FakeRecordings#drawing} of "a", restarts, and replays what comes back. */
    private List<String> drawnAfterRestart(Object value) throws IOException {
        StoreFixture fixture = new StoreFixture(cache, spec -> spec);
        ChronicleStore store = fixture.open();
        putDrawn(store, value);
        store.close();

        ChronicleStore reopened = fixture.open();
        Serialized back = (Serialized) reopened.get(key(1));
        assertThat(back.isReadBack()).isTrue();
        assertThat(get(reopened, key(1)).getClass()).isEqualTo(value.getClass());
        List<String> drawn = FakeRecordings.drawnBy(back.recording());
        reopened.close();
        return drawn;
    }

    private static void putDrawn(ChronicleStore store, Object value) {
        Recording recording = FakeRecordings.drawing("a");
        store.put(key(1), COPIER.serialize(value, store.spill()).withRecording(recording));
    }

    private static Map<byte[], byte[]> index(StoreFixture fixture) throws IOException {
        return fixture.index().map();
    }

    private List<Path> blobs() throws IOException {
        Path directory = new StoreFixture(cache, spec -> spec).versionDirectory().resolve(CacheLayout.BLOBS);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".blob")).toList();
        }
    }

    /** An inline record as format 1 wrote it, by its documented layout: no recording length, no recording. */
    private static byte[] formatOneRecord(Serialized value) {
        byte[] main = new byte[value.main().remaining()];
        value.main().get(main);
        CRC32C payloadCrc = new CRC32C();
        payloadCrc.update(main);
        ByteBuffer out = ByteBuffer.allocate(4 + 1 + 1 + 2 + 8 + 4 + 4 + 4 + main.length + 4)
                .order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(EntryRecord.MAGIC).put((byte) 1).put((byte) 0).putShort((short) 0);
        out.putLong(value.writtenAtMillis()).putInt(main.length).putInt(0);
        out.putInt((int) payloadCrc.getValue()).put(main);
        CRC32C recordCrc = new CRC32C();
        recordCrc.update(out.array(), 0, out.position());
        out.putInt((int) recordCrc.getValue());
        return out.array();
    }
}
