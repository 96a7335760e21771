package dev.memoria.internal.store.chronicle;

import dev.memoria.internal.replay.RecordingFormat;
import dev.memoria.internal.value.Serialized;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32C;

/**
 * One entry as the index map stores it: a checksummed header and either the payload itself (small entries) or a
 * reference to a blob file beside the map (large ones). The payload is the serialized value followed by the UI calls
 * computing it made ({@link RecordingFormat}), so a hit after a restart replays them.
 * <pre>
 *   i32 magic "MEMO" | u8 format | u8 placement (0 inline, 1 blob) | u16 reserved
 *   i64 written at (epoch millis) | i32 main length | i32 buffer count | i64 length of each buffer
 *   i32 recording length (format 2 on)
 *   i64 blob id (blob placement only) | i32 CRC32C of the payload (main, buffers, then recording)
 *   payload (inline placement only)
 *   i32 CRC32C of every byte above
 * </pre>
 * The record checksum catches a torn or altered record; the payload checksum catches an altered or truncated blob,
 * recording included. Format 1, written before recordings were stored, reads as an entry without a recording.
 */
final class EntryRecord {

    static final int MAGIC = 0x4F4D454D;
    static final byte FORMAT = 2;
    /** The format before recordings were stored: no recording length in the header. */
    static final byte FORMAT_WITHOUT_RECORDING = 1;
    private static final byte INLINE = 0;
    private static final byte BLOB = 1;

    private final long writtenAtMillis;
    private final int mainLength;
    private final long[] bufferLengths;
    private final int recordingLength;
    private final long blobId;
    private final int payloadCrc;
    private final ByteBuffer inlinePayload;

    private EntryRecord(long writtenAtMillis, int mainLength, long[] bufferLengths, int recordingLength, long blobId,
                        int payloadCrc, ByteBuffer inlinePayload) {
        this.writtenAtMillis = writtenAtMillis;
        this.mainLength = mainLength;
        this.bufferLengths = bufferLengths;
        this.recordingLength = recordingLength;
        this.blobId = blobId;
        this.payloadCrc = payloadCrc;
        this.inlinePayload = inlinePayload;
    }

    static EntryRecord inline(long writtenAtMillis, int mainLength, long[] bufferLengths, int recordingLength,
                              int payloadCrc, ByteBuffer payload) {
        return new EntryRecord(writtenAtMillis, mainLength, bufferLengths, recordingLength, 0, payloadCrc, payload);
    }

    static EntryRecord blob(long writtenAtMillis, int mainLength, long[] bufferLengths, int recordingLength,
                            long blobId, int payloadCrc) {
        return new EntryRecord(writtenAtMillis, mainLength, bufferLengths, recordingLength, blobId, payloadCrc,
                null);
    }

    boolean isInline() {
        return inlinePayload != null;
    }

    long writtenAtMillis() {
        return writtenAtMillis;
    }

    int mainLength() {
        return mainLength;
    }

    long[] bufferLengths() {
        return bufferLengths.clone();
    }

    /** The bytes of the recording, which follow the value in the payload; 0 for an entry that drew nothing. */
    int recordingLength() {
        return recordingLength;
    }

    long blobId() {
        return blobId;
    }

    int payloadCrc() {
        return payloadCrc;
    }

    /** The inline payload: main stream, buffers, recording; read-only. */
    ByteBuffer inlinePayload() {
        return inlinePayload.asReadOnlyBuffer();
    }

    /**
     * The entry this record describes, from the parts of its payload once they passed {@link #payloadCrc}; the
     * recording stays bytes until a hit replays it.
     */
    Serialized entry(byte[] main, ByteBuffer[] buffers, byte[] recording) {
        return Serialized.readBack(main, buffers, writtenAtMillis).withRecording(RecordingFormat.readBack(recording));
    }

    /** The payload in bytes: main, buffers and recording. */
    long size() {
        long size = (long) mainLength + recordingLength;
        for (long length : bufferLengths) {
            size += length;
        }
        return size;
    }

    byte[] encode() {
        int header = 4 + 1 + 1 + 2 + 8 + 4 + 4 + 8 * bufferLengths.length + 4 + (isInline() ? 0 : 8) + 4;
        int payload = isInline() ? inlinePayload.remaining() : 0;
        ByteBuffer out = ByteBuffer.allocate(header + payload + 4).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(MAGIC).put(FORMAT).put(isInline() ? INLINE : BLOB).putShort((short) 0);
        out.putLong(writtenAtMillis).putInt(mainLength).putInt(bufferLengths.length);
        for (long length : bufferLengths) {
            out.putLong(length);
        }
        out.putInt(recordingLength);
        if (!isInline()) {
            out.putLong(blobId);
        }
        out.putInt(payloadCrc);
        if (isInline()) {
            out.put(inlinePayload.duplicate());
        }
        out.putInt(crc(out.array(), out.position()));
        return out.array();
    }

    /** @throws CorruptEntryException when the record is not one this format wrote intact */
    static EntryRecord decode(byte[] bytes) {
        if (bytes.length < 4 + 4 || crc(bytes, bytes.length - 4) != ByteBuffer.wrap(bytes, bytes.length - 4, 4)
                .order(ByteOrder.LITTLE_ENDIAN).getInt()) {
            throw new CorruptEntryException("its index record fails its checksum");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, bytes.length - 4).order(ByteOrder.LITTLE_ENDIAN);
        int magic = in.getInt();
        byte format = in.get();
        if (magic != MAGIC || format != FORMAT && format != FORMAT_WITHOUT_RECORDING) {
            throw new CorruptEntryException("its index record has an unknown format");
        }
        boolean inline = in.get() == INLINE;
        in.getShort();
        long writtenAt = in.getLong();
        int mainLength = in.getInt();
        long[] lengths = new long[in.getInt()];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = in.getLong();
        }
        int recordingLength = format == FORMAT_WITHOUT_RECORDING ? 0 : in.getInt();
        long blobId = inline ? 0 : in.getLong();
        int payloadCrc = in.getInt();
        ByteBuffer payload = inline ? in.slice().asReadOnlyBuffer() : null;
        EntryRecord record = new EntryRecord(writtenAt, mainLength, lengths, recordingLength, blobId, payloadCrc,
                payload);
        if (inline && payload.remaining() != record.size()) {
            throw new CorruptEntryException("its index record is truncated");
        }
        return record;
    }

    private static int crc(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }
}
