package dev.memoria.internal.store.remote;

import dev.memoria.internal.report.Messages;
import dev.memoria.internal.store.EntryAuthenticator;
import dev.memoria.internal.store.PayloadLayout;
import dev.memoria.internal.store.PayloadTag;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The head of one shared entry, the value of its {@code e:} key: what the payload is made of, where it is, and the
 * tag that says whose it is.
 * <pre>
 *   i32 magic "MEMR" | u8 format | u8[3] reserved
 *   i64 written at (epoch millis) | i32 main length | i32 buffer count | i64 length of each buffer
 *   i32 recording length | i64 write id | i32 chunk count (0: the payload follows the tag)
 *   u8[32] tag: HMAC-SHA256 of method, code version, key, payload (main, buffers, recording) and every byte above,
 *           large parts through the digests of their leaves ({@link PayloadTag}, leaves of
 *           {@link RemoteStore#LEAF_BYTES})
 *   payload (inline entries only)
 * </pre>
 * A chunked entry's payload is in {@code chunkCount} keys named after its write id, written before the head: a
 * reader that finds the head finds every chunk, unless the entry is being replaced or removed (then a chunk is
 * missing and the read is a plain miss). Format 1 (8 MiB chunks, the payload tagged as one stream) is a miss,
 * replaced by the entry this format writes; its chunks are deleted with it.
 */
final class RemoteRecord {

    static final int MAGIC = 0x524D454D;
    static final byte FORMAT = 2;

    final PayloadLayout layout;
    final long writeId;
    final int chunkCount;
    final byte[] tag;
    /** The inline payload, a writable slice of the head (the deserializer reads it in place); null when chunked. */
    final ByteBuffer inline;

    private RemoteRecord(PayloadLayout layout, long writeId, int chunkCount, byte[] tag, ByteBuffer inline) {
        this.layout = layout;
        this.writeId = writeId;
        this.chunkCount = chunkCount;
        this.tag = tag;
        this.inline = inline;
    }

    /**
     * A record sealed with {@code payloadTag}, which was {@link EntryAuthenticator#begin begun} for the key and fed
     * with the whole payload.
     */
    static RemoteRecord sealed(PayloadLayout layout, long writeId, int chunkCount, ByteBuffer inline,
                               PayloadTag payloadTag) {
        return new RemoteRecord(layout, writeId, chunkCount, payloadTag.finish(header(layout, writeId, chunkCount)),
                inline);
    }

    /** Whether {@code payloadTag}, begun for the key the record was found under and fed with its payload, agrees. */
    boolean authentic(PayloadTag payloadTag) {
        return payloadTag.matches(header(layout, writeId, chunkCount), tag);
    }

    byte[] encode() {
        byte[] header = header(layout, writeId, chunkCount);
        int payload = inline == null ? 0 : inline.remaining();
        ByteBuffer out = ByteBuffer.allocate(header.length + EntryAuthenticator.TAG_BYTES + payload);
        out.put(header).put(tag);
        if (inline != null) {
            out.put(inline.duplicate());
        }
        return out.array();
    }

    private static byte[] header(PayloadLayout layout, long writeId, int chunkCount) {
        ByteBuffer out = ByteBuffer.allocate(4 + 4 + layout.encodedBytes() + 8 + 4).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(MAGIC).put(FORMAT).put((byte) 0).putShort((short) 0);
        layout.encode(out);
        out.putLong(writeId).putInt(chunkCount);
        return out.array();
    }

    /**
     * Reads a head; its lengths are checked for consistency here and its tag once the payload has been read.
     *
     * @throws BadEntryException when the bytes are not a head this format wrote
     */
    static RemoteRecord decode(byte[] bytes, int chunkSize) {
        RemoteRecord record = parse(bytes, FORMAT);
        long size = record.layout.size();
        boolean consistent = record.chunkCount >= 0
                && (record.chunkCount == 0 ? record.inline.remaining() == size
                                           : size > (long) (record.chunkCount - 1) * chunkSize
                                             && size <= (long) record.chunkCount * chunkSize);
        if (!consistent) {
            throw new BadEntryException(Messages.remoteHeadInconsistent());
        }
        return record;
    }

    /** Whether {@code head} was written by a version of Memoria whose heads this one does not read. */
    static boolean ofAnotherFormat(byte[] head) {
        return head.length > 4 && ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN).getInt() == MAGIC
               && head[4] != FORMAT;
    }

    private static RemoteRecord parse(byte[] bytes, byte format) {
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            if (in.getInt() != MAGIC || in.get() != format) {
                throw new BadEntryException(Messages.remoteUnknownFormat());
            }
            in.get();
            in.getShort();
            PayloadLayout layout = PayloadLayout.decode(in, BadEntryException::new);
            long writeId = in.getLong();
            int chunkCount = in.getInt();
            byte[] tag = new byte[EntryAuthenticator.TAG_BYTES];
            in.get(tag);
            return new RemoteRecord(layout, writeId, chunkCount, tag, chunkCount == 0 ? in.slice() : null);
        } catch (BufferUnderflowException e) {
            throw new BadEntryException(Messages.remoteHeadTruncated());
        }
    }

    /** An entry that is not what this format writes, or fails its tag: dropped and recomputed, never served. */
    static final class BadEntryException extends RuntimeException {
        BadEntryException(String message) {
            super(message, null, false, false);
        }
    }
}
