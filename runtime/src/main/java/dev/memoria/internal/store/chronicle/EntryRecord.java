package dev.memoria.internal.store.chronicle;

import dev.memoria.internal.replay.RecordingFormat;
import dev.memoria.internal.report.Messages;
import dev.memoria.internal.store.EntryAuthenticator;
import dev.memoria.internal.store.PayloadLayout;
import dev.memoria.internal.store.PayloadTag;

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
 *   u8[32] head tag (format 5, blob records only): HMAC-SHA256 of method, code version, key, every byte above the
 *           tag, the main stream and the recording ({@link PayloadTag#head}), checked before the main stream is
 *           parsed, while the buffers are authenticated as they are copied
 *   payload (inline placement only)
 *   i32 CRC32C of every byte above
 * </pre>
 * The record checksum tells a torn record from one that fails its {@link EntryAuthenticator tag}: altered, or moved
 * from another key, method or code version. Records of earlier formats read as damaged and are recomputed: formats 1
 * and 2 carried no tag, so they cannot say whose they are; format 3 tagged the payload as one stream, which this
 * version does not recompute (verifying it would mean keeping a second, slower way to read). Inline records are
 * written in format 4; blob records in format 5, which adds the head tag. A blob record of format 4 is read as it was
 * written: its blob is authenticated whole before anything in it is parsed.
 */
final class EntryRecord {

    static final int MAGIC = 0x4F4D454D;
    /**
     * The format of inline records, and of blob records before they carried a head tag: such a blob is read as it
     * was, authenticated whole before anything in it is parsed.
     */
    static final byte FORMAT = 4;
    /** The format of blob records with a head tag, written since. */
    static final byte FORMAT_WITH_HEAD_TAG = 5;
    private static final byte INLINE = 0;
    private static final byte BLOB = 1;

    private final PayloadLayout layout;
    private final long blobId;
    private final ByteBuffer inlinePayload;
    private final byte[] tag;
    /** A blob record's head tag ({@link PayloadTag#head}), or null: inline, or of format 4. */
    private final byte[] headTag;
    private final byte format;

    private EntryRecord(byte format, PayloadLayout layout, long blobId, ByteBuffer inlinePayload, byte[] tag,
                        byte[] headTag) {
        this.format = format;
        this.layout = layout;
        this.blobId = blobId;
        this.inlinePayload = inlinePayload;
        this.tag = tag;
        this.headTag = headTag;
    }

    /** @param payloadTag {@link EntryAuthenticator#begin begun} for the entry's key and fed with {@code payload} */
    static EntryRecord inline(PayloadLayout layout, ByteBuffer payload, PayloadTag payloadTag) {
        return new EntryRecord(FORMAT, layout, 0, payload, payloadTag.finish(header(FORMAT, layout, true, 0)), null);
    }

    /** @param payloadTag {@link EntryAuthenticator#begin begun} for the entry's key and fed with the blob's payload */
    static EntryRecord blob(PayloadLayout layout, long blobId, PayloadTag payloadTag) {
        byte[] header = header(FORMAT_WITH_HEAD_TAG, layout, false, blobId);
        byte[] headTag = payloadTag.head(header); // before finish, which ends the tag's input
        return new EntryRecord(FORMAT_WITH_HEAD_TAG, layout, blobId, null, payloadTag.finish(header), headTag);
    }

    /** Whether the record has a head tag, so its buffers may be authenticated while they are copied. */
    boolean hasHeadTag() {
        return headTag != null;
    }

    /**
     * Checks the head tag: the header, main stream and recording, given a tag {@link EntryAuthenticator#begin begun}
     * for the key the record was found under and fed with the payload. Its buffers are left to {@link #authenticate}.
     *
     * @throws CorruptEntryException when they were altered or belong to another key, method or code version
     */
    void authenticateHead(PayloadTag payloadTag) {
        if (!payloadTag.headMatches(header(), headTag)) {
            throw failedAuthentication();
        }
    }

    /**
     * Checks the tag, given a tag {@link EntryAuthenticator#begin begun} for the key the record was found under and
     * fed with the payload (main, buffers, recording).
     *
     * @throws CorruptEntryException when the record was altered or belongs to another key, method or code version
     */
    void authenticate(PayloadTag payloadTag) {
        if (!payloadTag.matches(header(), tag)) {
            throw failedAuthentication();
        }
    }

    private static CorruptEntryException failedAuthentication() {
        return new CorruptEntryException(Messages.failsAuthentication());
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

    /** The payload in bytes: main, buffers and recording. */
    long size() {
        return layout.size();
    }

    byte[] encode() {
        byte[] header = header();
        int payload = isInline() ? inlinePayload.remaining() : 0;
        int tags = EntryAuthenticator.TAG_BYTES * (headTag == null ? 1 : 2);
        ByteBuffer out = ByteBuffer.allocate(header.length + tags + payload + 4).order(ByteOrder.LITTLE_ENDIAN);
        out.put(header).put(tag);
        if (headTag != null) {
            out.put(headTag);
        }
        if (isInline()) {
            out.put(inlinePayload.duplicate());
        }
        out.putInt(crc(out.array(), out.position()));
        return out.array();
    }

    private byte[] header() {
        return header(format, layout, isInline(), blobId);
    }

    /** Every byte before the tag. */
    private static byte[] header(byte format, PayloadLayout layout, boolean inline, long blobId) {
        ByteBuffer out = ByteBuffer.allocate(4 + 1 + 1 + 2 + layout.encodedBytes() + (inline ? 0 : 8))
                .order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(MAGIC).put(format).put(inline ? INLINE : BLOB).putShort((short) 0);
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
            if (format != FORMAT && format != FORMAT_WITH_HEAD_TAG) {
                throw new CorruptEntryException(Messages.earlierFormat(format));
            }
            boolean inline = in.get() == INLINE;
            in.getShort();
            PayloadLayout layout = PayloadLayout.decode(in, CorruptEntryException::new);
            long blobId = inline ? 0 : in.getLong();
            byte[] tag = new byte[EntryAuthenticator.TAG_BYTES];
            in.get(tag);
            byte[] headTag = null;
            if (format == FORMAT_WITH_HEAD_TAG && !inline) {
                headTag = new byte[EntryAuthenticator.TAG_BYTES];
                in.get(headTag);
            }
            ByteBuffer payload = inline ? in.slice() : null;
            if (inline && payload.remaining() != layout.size()) {
                throw new CorruptEntryException(Messages.recordTruncated());
            }
            return new EntryRecord(format, layout, blobId, payload, tag, headTag);
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
