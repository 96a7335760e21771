package dev.memoria.internal.store.chronicle;

import dev.memoria.internal.replay.RecordingFormat;
import dev.memoria.internal.report.Messages;
import dev.memoria.internal.store.EntryAuthenticator;
import dev.memoria.internal.store.PayloadLayout;
import dev.memoria.internal.store.PayloadTag;
import dev.memoria.internal.value.Serialized;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32C;

/**
 * One entry as the index map stores it: a header that says where its payload is and a tag that says whose it is,
 * then either the payload itself (small entries) or a reference to a blob file beside the map (large ones). The
 * payload is the serialized value followed by the UI calls computing it made ({@link RecordingFormat}), so a hit
 * after a restart replays them.
 * <pre>
 *   i32 magic "MEMO" | u8 format | u8 placement (0 inline, 1 blob) | u16 reserved
 *   i64 written at (epoch millis) | i32 main length | i32 buffer count | i64 length of each buffer
 *   i32 recording length
 *   i64 blob id (blob placement only)
 *   u8[32] tag: HMAC-SHA256 of method, code version, key, payload (main, buffers, recording) and every byte above,
 *           large parts through the digests of their leaves ({@link PayloadTag})
 *   payload (inline placement only)
 *   i32 CRC32C of every byte above
 * </pre>
 * The record checksum tells a torn record from one that fails its {@link EntryAuthenticator tag}: altered, or moved
 * from another key, method or code version. Records of earlier formats read as damaged and are recomputed: formats 1
 * and 2 carried no tag, so they cannot say whose they are; format 3 tagged the payload as one stream, which this
 * version does not recompute (verifying it would mean keeping a second, slower way to read).
 */
final class EntryRecord {

    static final int MAGIC = 0x4F4D454D;
    static final byte FORMAT = 4;
    private static final byte INLINE = 0;
    private static final byte BLOB = 1;

    private final PayloadLayout layout;
    private final long blobId;
    private final ByteBuffer inlinePayload;
    private final byte[] tag;

    private EntryRecord(PayloadLayout layout, long blobId, ByteBuffer inlinePayload, byte[] tag) {
        this.layout = layout;
        this.blobId = blobId;
        this.inlinePayload = inlinePayload;
        this.tag = tag;
    }

    /** @param payloadTag {@link EntryAuthenticator#begin begun} for the entry's key and fed with {@code payload} */
    static EntryRecord inline(PayloadLayout layout, ByteBuffer payload, PayloadTag payloadTag) {
        return new EntryRecord(layout, 0, payload, payloadTag.finish(header(layout, true, 0)));
    }

    /** @param payloadTag {@link EntryAuthenticator#begin begun} for the entry's key and fed with the blob's payload */
    static EntryRecord blob(PayloadLayout layout, long blobId, PayloadTag payloadTag) {
        return new EntryRecord(layout, blobId, null, payloadTag.finish(header(layout, false, blobId)));
    }

    /**
     * Checks the tag, given a tag {@link EntryAuthenticator#begin begun} for the key the record was found under and
     * fed with the payload (main, buffers, recording).
     *
     * @throws CorruptEntryException when the record was altered or belongs to another key, method or code version
     */
    void authenticate(PayloadTag payloadTag) {
        if (!payloadTag.matches(header(layout, isInline(), blobId), tag)) {
            throw new CorruptEntryException(Messages.failsAuthentication());
        }
    }

    boolean isInline() {
        return inlinePayload != null;
    }

    PayloadLayout layout() {
        return layout;
    }

    long writtenAtMillis() {
        return layout.writtenAtMillis();
    }

    int mainLength() {
        return layout.mainLength();
    }

    long[] bufferLengths() {
        return layout.bufferLengths();
    }

    /** The bytes of the recording, which follow the value in the payload; 0 for an entry that drew nothing. */
    int recordingLength() {
        return layout.recordingLength();
    }

    long blobId() {
        return blobId;
    }

    /**
     * The inline payload: main stream, buffers, recording. Writable, so that the deserializer reads it in place (it
     * copies a read-only heap buffer first); the bytes are this record's own, decoded from a copy of the index's.
     */
    ByteBuffer inlinePayload() {
        return inlinePayload.duplicate();
    }

    /**
     * The entry this record describes, from the parts of its payload once they passed {@link #authenticate}; the
     * recording stays bytes until a hit replays it.
     */
    Serialized entry(ByteBuffer main, ByteBuffer[] buffers, byte[] recording) {
        return layout.entry(main, buffers, recording);
    }

    /** The payload in bytes: main, buffers and recording. */
    long size() {
        return layout.size();
    }

    byte[] encode() {
        byte[] header = header(layout, isInline(), blobId);
        int payload = isInline() ? inlinePayload.remaining() : 0;
        ByteBuffer out = ByteBuffer.allocate(header.length + EntryAuthenticator.TAG_BYTES + payload + 4)
                .order(ByteOrder.LITTLE_ENDIAN);
        out.put(header).put(tag);
        if (isInline()) {
            out.put(inlinePayload.duplicate());
        }
        out.putInt(crc(out.array(), out.position()));
        return out.array();
    }

    /** Every byte before the tag. */
    private static byte[] header(PayloadLayout layout, boolean inline, long blobId) {
        ByteBuffer out = ByteBuffer.allocate(4 + 1 + 1 + 2 + layout.encodedBytes() + (inline ? 0 : 8))
                .order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(MAGIC).put(FORMAT).put(inline ? INLINE : BLOB).putShort((short) 0);
        layout.encode(out);
        if (!inline) {
            out.putLong(blobId);
        }
        return out.array();
    }

    /** @throws CorruptEntryException when the record is not one this format wrote intact */
    static EntryRecord decode(byte[] bytes) {
        if (bytes.length < 4 + 4 || crc(bytes, bytes.length - 4) != ByteBuffer.wrap(bytes, bytes.length - 4, 4)
                .order(ByteOrder.LITTLE_ENDIAN).getInt()) {
            throw new CorruptEntryException(Messages.failsChecksum());
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes, 0, bytes.length - 4).order(ByteOrder.LITTLE_ENDIAN);
            int magic = in.getInt();
            byte format = in.get();
            if (magic != MAGIC) {
                throw new CorruptEntryException(Messages.unknownRecordFormat());
            }
            if (format != FORMAT) {
                throw new CorruptEntryException(Messages.earlierFormat(format));
            }
            boolean inline = in.get() == INLINE;
            in.getShort();
            PayloadLayout layout = PayloadLayout.decode(in, CorruptEntryException::new);
            long blobId = inline ? 0 : in.getLong();
            byte[] tag = new byte[EntryAuthenticator.TAG_BYTES];
            in.get(tag);
            ByteBuffer payload = inline ? in.slice() : null;
            if (inline && payload.remaining() != layout.size()) {
                throw new CorruptEntryException(Messages.recordTruncated());
            }
            return new EntryRecord(layout, blobId, payload, tag);
        } catch (BufferUnderflowException e) {
            throw new CorruptEntryException(Messages.recordTruncated());
        }
    }

    private static int crc(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }
}
