package dev.memoria.internal.store.chronicle;

import dev.memoria.internal.store.PayloadTag;
import dev.memoria.internal.key.Key;
import dev.memoria.internal.report.Reporter;
import dev.memoria.internal.store.Departures;
import dev.memoria.internal.value.Stored;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

import static dev.memoria.internal.store.chronicle.StoreFixture.get;
import static dev.memoria.internal.store.chronicle.StoreFixture.key;
import static dev.memoria.internal.store.chronicle.StoreFixture.large;
import static dev.memoria.internal.store.chronicle.StoreFixture.put;
import static org.assertj.core.api.Assertions.assertThat;

/** The tag of a stored entry: what it covers, and what it catches when the record or the blob changes. */
class EntryTagTest {

    @TempDir
    Path cache;


    @Test
    void aLargeValueComesBackWhole() throws IOException {
        StoreFixture fixture = new StoreFixture(cache, spec -> spec);
        ChronicleStore store = fixture.open();
        put(store, key(1), large());
        store.close();

        ChronicleStore reopened = fixture.open();
        assertThat((double[]) get(reopened, key(1))).isEqualTo(large());
        reopened.close();
    }

    @Test
    void aRecordWhoseTagWasChangedIsDroppedNotServed() throws IOException {
        StoreFixture fixture = new StoreFixture(cache, spec -> spec);
        ChronicleStore store = fixture.open();
        put(store, key(1), large());
        editRecord(fixture, key(1), record -> record[tagOffset(record)] ^= 1);

        assertThat(get(store, key(1))).isNull();
        assertThat(store.entries()).as("dropped").isZero();
        assertThat(Reporter.jvm().reported()).anyMatch(line -> line.contains("example.Reports.load(int) was dropped because"
                + " it fails its authentication"));
        store.close();
    }

    @Test
    void blobsSwappedBetweenTwoEntriesAreServedForNeither() throws IOException {
        StoreFixture fixture = new StoreFixture(cache, spec -> spec);
        ChronicleStore store = fixture.open();
        put(store, key(1), large());
        double[] other = large();
        other[12345] = -1;
        put(store, key(2), other);
        store.close();
        List<Path> blobs = fixture.blobs();
        assertThat(blobs).hasSize(2);
        Path aside = Files.move(blobs.get(0), blobs.get(0).resolveSibling("aside"));
        Files.move(blobs.get(1), blobs.get(0));
        Files.move(aside, blobs.get(1));

        ChronicleStore reopened = fixture.open();
        assertThat(get(reopened, key(1))).isNull();
        assertThat(get(reopened, key(2))).isNull();
        assertThat(reopened.entries()).isZero();
        reopened.close();
    }

    @Test
    void aBlobTruncatedAndPaddedBackToItsSizeIsDropped() throws IOException {
        StoreFixture fixture = new StoreFixture(cache, spec -> spec);
        ChronicleStore store = fixture.open();
        put(store, key(1), large());
        store.close();
        Path blob = fixture.blobs().get(0);
        try (RandomAccessFile file = new RandomAccessFile(blob.toFile(), "rw")) {
            long length = file.length();
            file.setLength(length - 100_000); // inside the last leaf of the array
            file.setLength(length); // zeros: the size check passes, the leaf digest does not
        }

        ChronicleStore reopened = fixture.open();
        assertThat(get(reopened, key(1))).isNull();
        assertThat(reopened.entries()).isZero();
        reopened.close();
    }

    @Test
    void anEntryOfTheEarlierFormatIsRecomputedNeverServed() throws IOException {
        StoreFixture fixture = new StoreFixture(cache, spec -> spec);
        ChronicleStore store = fixture.open();
        put(store, key(1), "small");
        editRecord(fixture, key(1), record -> record[4] = 3);

        assertThat(get(store, key(1))).isNull();
        assertThat(store.entries()).as("dropped").isZero();
        assertThat(Reporter.jvm().reported()).anyMatch(line -> line.contains("was dropped because it was stored in format 3"
                + " by an earlier Memoria"));
        store.close();
    }

    @Test
    void theTierAboveIsToldOfADroppedEntryUnderItsOwnKeyAndWhatWasWrong() throws IOException {
        StoreFixture fixture = new StoreFixture(cache, spec -> spec);
        ChronicleStore store = fixture.open();
        put(store, key(1), "small");
        put(store, key(2), "intact");
        editRecord(fixture, key(1), record -> record[tagOffset(record)] ^= 1);
        List<String> told = new ArrayList<>();
        Departures departures = new Departures() {
            @Override
            public void departed(Object key, Reason reason, Stored value) {
                told.add(key + " departed");
            }

            @Override
            public void damaged(Object key, String what) {
                told.add(key + ": " + what);
            }
        };

        assertThat(store.get(key(1), "lookup 1", departures)).isNull();
        assertThat(store.get(key(2), "lookup 2", departures)).isNotNull();
        assertThat(store.get(key(1), "lookup 1", departures)).as("dropped").isNull();

        assertThat(told).containsExactly("lookup 1: read from disk, it fails its authentication: it was altered, or"
                + " moved there from another argument key, method, code version or cache directory");
        store.close();
    }

    @Test
    void theTagTellsWhereEachPartEnds() throws GeneralSecurityException {
        byte[] bytes = new byte[3 * PayloadTag.LEAF_BYTES];
        Arrays.fill(bytes, (byte) 7);
        byte[] whole = tag(ByteBuffer.wrap(bytes));
        assertThat(tag(ByteBuffer.wrap(bytes))).as("the same payload, the same tag").isEqualTo(whole);
        assertThat(tag(ByteBuffer.wrap(bytes, 0, 10), ByteBuffer.wrap(bytes, 10, bytes.length - 10)))
                .as("the same bytes cut into two parts").isNotEqualTo(whole);
        assertThat(tag(ByteBuffer.wrap(bytes, 0, PayloadTag.LEAF_BYTES + 1),
                ByteBuffer.wrap(bytes, PayloadTag.LEAF_BYTES + 1, bytes.length - PayloadTag.LEAF_BYTES - 1)))
                .isNotEqualTo(tag(ByteBuffer.wrap(bytes, 0, PayloadTag.LEAF_BYTES),
                        ByteBuffer.wrap(bytes, PayloadTag.LEAF_BYTES, bytes.length - PayloadTag.LEAF_BYTES)));
        bytes[2 * PayloadTag.LEAF_BYTES + 5] = 8;
        assertThat(tag(ByteBuffer.wrap(bytes))).as("one byte changed in the last leaf").isNotEqualTo(whole);
    }

    private static byte[] tag(ByteBuffer... parts) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(new byte[32], "HmacSHA256"));
        PayloadTag tag = new PayloadTag(mac, PayloadTag.LEAF_BYTES);
        for (ByteBuffer part : parts) {
            tag.update(part);
        }
        return tag.finish(new byte[] {1, 2, 3});
    }

    /** Where the tag starts in an encoded record: after the header, whose length the buffer count fixes. */
    private static int tagOffset(byte[] record) {
        ByteBuffer in = ByteBuffer.wrap(record).order(ByteOrder.LITTLE_ENDIAN);
        boolean inline = record[5] == 0;
        int buffers = in.getInt(4 + 1 + 1 + 2 + 8 + 4);
        return 4 + 1 + 1 + 2 + 8 + 4 + 4 + 8 * buffers + 4 + (inline ? 0 : 8);
    }

    /** Changes the record of {@code key} in the index and seals it with a valid checksum, as a forger would. */
    private static void editRecord(StoreFixture fixture, Key key, Edit edit) throws IOException {
        PersistedIndex index = fixture.index();
        Map<byte[], byte[]> map = index.map();
        byte[] record = map.get(key.toBytes());
        edit.apply(record);
        CRC32C crc = new CRC32C();
        crc.update(record, 0, record.length - 4);
        ByteBuffer.wrap(record).order(ByteOrder.LITTLE_ENDIAN).putInt(record.length - 4, (int) crc.getValue());
        map.put(key.toBytes(), record);
        index.close();
    }

    @FunctionalInterface
    private interface Edit {
        void apply(byte[] record);
    }
}
