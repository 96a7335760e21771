package dev.memoria.internal.store.chronicle;

import dev.memoria.internal.key.Key;
import dev.memoria.internal.report.Reporter;
import dev.memoria.internal.store.Departures;
import dev.memoria.internal.store.EntryAuthenticator;
import dev.memoria.internal.store.PayloadLayout;
import dev.memoria.internal.store.PayloadTag;
import dev.memoria.internal.value.DamagedValueException;
import dev.memoria.internal.value.Serialized;
import dev.memoria.internal.value.Stored;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

import static dev.memoria.internal.store.chronicle.StoreFixture.COPIER;
import static dev.memoria.internal.store.chronicle.StoreFixture.key;
import static dev.memoria.internal.store.chronicle.StoreFixture.large;
import static dev.memoria.internal.store.chronicle.StoreFixture.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A hit of a blob entry (format 5) checks its head tag (header, main stream, recording) before anything is parsed, and
 * its buffers while they are copied: a copy of a damaged buffer never reaches a caller, a damaged main stream is never
 * parsed, and entries of format 4 are still read, authenticated whole first.
 */
class BuffersCopiedWhileAuthenticatedTest {

    private static final String FAILED = "read from disk, it fails its authentication: it was altered, or moved there"
            + " from another argument key, method, code version or cache directory";

    @TempDir
    Path cache;

    private final List<String> told = new ArrayList<>();
    private final Departures departures = new Departures() {
        @Override
        public void departed(Object key, Reason reason, Stored value) {
            told.add(key + " departed");
        }

        @Override
        public void damaged(Object key, String what) {
            told.add(key + ": " + what);
        }
    };


    /** The entry a hit reads, deserialized as a hit of a method returning {@code double[]} does. */
    private Object hit(ChronicleStore store, Key key) {
        Serialized stored = (Serialized) store.get(key, "lookup", departures);
        return stored == null ? null : COPIER.readBack(double[].class).deserialize(stored);
    }

    @Test
    void anIntactEntryComesBackWhole() throws IOException {
        StoreFixture fixture = new StoreFixture(cache, spec -> spec);
        ChronicleStore store = fixture.open();
        put(store, key(1), large());
        store.close();

        ChronicleStore reopened = fixture.open();
        assertThat((double[]) hit(reopened, key(1))).isEqualTo(large());
        assertThat(told).isEmpty();
        reopened.close();
    }

    @Test
    void aChangedBufferByteIsCaughtOnceCopiedAndTheCopyIsNeverReturned() throws IOException {
        StoreFixture fixture = new StoreFixture(cache, spec -> spec);
        ChronicleStore store = fixture.open();
        put(store, key(1), large());
        store.close();
        flipByte(blob(fixture), PayloadTag.LEAF_BYTES + 17); // in the buffer, which the blob starts with

        ChronicleStore reopened = fixture.open();
        Serialized stored = (Serialized) reopened.get(key(1), "lookup", departures);
        assertThat(stored).as("the head tag passes: the buffer is copied while it is authenticated").isNotNull();
        assertThatThrownBy(() -> COPIER.readBack(double[].class).deserialize(stored))
                .isInstanceOf(DamagedValueException.class)
                .satisfies(e -> assertThat(((DamagedValueException) e).explanation()).isEqualTo(FAILED));
        assertThatThrownBy(stored::awaitAuthentic).as("decided once, and so for every later hit")
                .isInstanceOf(DamagedValueException.class);
        assertThat(reopened.entries()).as("dropped").isZero();
        assertThat(told).containsExactly("lookup: " + FAILED);
        assertThat(Reporter.jvm().reported()).anyMatch(line -> line.contains("example.Reports.load(int) was dropped"
                + " because it fails its authentication"));
        reopened.close();
    }

    @Test
    void aChangedMainStreamByteIsRefusedBeforeItIsParsed() throws IOException {
        StoreFixture fixture = new StoreFixture(cache, spec -> spec);
        ChronicleStore store = fixture.open();
        put(store, key(1), large());
        store.close();
        flipByte(blob(fixture), buffersBytes(fixture, key(1)) + 1); // the main stream follows the buffers

        ChronicleStore reopened = fixture.open();
        assertThat(reopened.get(key(1), "lookup", departures)).as("no entry handed to the deserializer").isNull();
        assertThat(reopened.entries()).as("dropped").isZero();
        assertThat(told).containsExactly("lookup: " + FAILED);
        reopened.close();
    }

    @Test
    void aCheckOfTheStoreAloneAuthenticatesTheWholeBlobFirst() throws IOException {
        StoreFixture fixture = new StoreFixture(cache, spec -> spec);
        ChronicleStore store = fixture.open();
        put(store, key(1), large());
        store.close();
        flipByte(blob(fixture), PayloadTag.LEAF_BYTES + 17);

        ChronicleStore reopened = fixture.open();
        assertThat(reopened.get(key(1))).as("what does not deserialize gets only authenticated entries").isNull();
        assertThat(reopened.entries()).isZero();
        reopened.close();
    }

    @Test
    void anEntryOfFormat4IsServedAuthenticatedWhole() throws IOException {
        StoreFixture fixture = new StoreFixture(cache, spec -> spec);
        ChronicleStore store = fixture.open();
        put(store, key(1), large());
        put(store, key(2), large());
        store.close();
        rewriteAsFormat4(fixture, key(1));
        rewriteAsFormat4(fixture, key(2));
        flipByte(blob(fixture, key(2)), PayloadTag.LEAF_BYTES + 17);

        ChronicleStore reopened = fixture.open();
        Serialized intact = (Serialized) reopened.get(key(1), "lookup", departures);
        assertThat(COPIER.readBack(double[].class).deserialize(intact)).isEqualTo(large());
        assertThat(reopened.get(key(2), "lookup 2", departures)).as("its buffer fails before it is handed out")
                .isNull();
        assertThat(told).containsExactly("lookup 2: " + FAILED);
        assertThat(reopened.entries()).isOne();
        reopened.close();
    }

    /**
     * Replaces the record of {@code key} with the one format 4 wrote: the same header in format 4, tagged as format 4
     * tagged it, without a head tag.
     */
    private void rewriteAsFormat4(StoreFixture fixture, Key key) throws IOException {
        PersistedIndex index = fixture.index();
        Map<byte[], byte[]> map = index.map();
        byte[] record = map.get(key.toBytes());
        EntryRecord decoded = EntryRecord.decode(record);
        int tagAt = record.length - 4 - 2 * EntryAuthenticator.TAG_BYTES;
        byte[] header = Arrays.copyOf(record, tagAt);
        header[4] = 4;
        PayloadTag tag = new EntryAuthenticator(CacheSecret.of(cache), fixture.descriptor().signature(),
                fixture.descriptor().fingerprint()).begin(key);
        PayloadLayout layout = decoded.layout();
        try (FileChannel channel = FileChannel.open(blob(fixture, key), StandardOpenOption.READ)) {
            MappedByteBuffer bytes = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
            int buffers = 0;
            for (long length : layout.bufferLengths()) {
                buffers += (int) length;
            }
            tag.update(bytes.slice(buffers, layout.mainLength()));
            int at = 0;
            for (long length : layout.bufferLengths()) {
                tag.update(bytes.slice(at, (int) length));
                at += (int) length;
            }
            tag.update(bytes.slice(buffers + layout.mainLength(), layout.recordingLength()));
        }
        ByteBuffer out = ByteBuffer.allocate(tagAt + EntryAuthenticator.TAG_BYTES + 4).order(ByteOrder.LITTLE_ENDIAN);
        out.put(header).put(tag.finish(header));
        CRC32C crc = new CRC32C();
        crc.update(out.array(), 0, out.position());
        out.putInt((int) crc.getValue());
        map.put(key.toBytes(), out.array());
        index.close();
    }

    /** Where the main stream starts in the blob of {@code key}: after the buffers. */
    private static long buffersBytes(StoreFixture fixture, Key key) throws IOException {
        PersistedIndex index = fixture.index();
        EntryRecord record = EntryRecord.decode(index.map().get(key.toBytes()));
        index.close();
        return Arrays.stream(record.bufferLengths()).sum();
    }

    private static void flipByte(Path file, long at) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer one = ByteBuffer.allocate(1);
            channel.read(one, at);
            one.put(0, (byte) (one.get(0) ^ 1)).rewind();
            channel.write(one, at);
        }
    }

    private static Path blob(StoreFixture fixture) throws IOException {
        List<Path> blobs = fixture.blobs();
        assertThat(blobs).hasSize(1);
        return blobs.get(0);
    }

    private static Path blob(StoreFixture fixture, Key key) throws IOException {
        return fixture.blobs().stream().filter(file -> file.getFileName().toString().startsWith(key.toHex()))
                .findFirst().orElseThrow();
    }
}
