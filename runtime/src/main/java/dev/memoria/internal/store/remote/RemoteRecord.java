package dev.memoria.internal.store.remote;

import dev.memoria.internal.store.EntryAuthenticator;

import javax.crypto.Mac;
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
 *   u8[32] tag: HMAC-SHA256 of method, code version, key, payload (main, buffers, recording) and every byte above
 *   payload (inline entries only)
 * </pre>
 * A chunked entry's payload is in {@code chunkCount} keys named after its write id, written before the head: a
 * reader that finds the head finds every chunk, unless the entry is being replaced or removed (then a chunk is
 * missing and the read is a plain miss).
 */
final class RemoteRecord {

    static final int MAGIC = 0x524D454D;
    static final byte FORMAT = 1;

    final long writtenAtMillis;
    final int mainLength;
    final long[] bufferLengths;
    final int recordingLength;
    final long writeId;
    final int chunkCount;
    final byte[] tag;
    /** The inline payload, read-only; {@code null} for a chunked entry. */
    final ByteBuffer inline;

    private RemoteRecord(long writtenAtMillis, int mainLength, long[] bufferLengths, int recordingLength,
                         long writeId, int chunkCount, byte[] tag, ByteBuffer inline) {
        this.writtenAtMillis = writtenAtMillis;
        this.mainLength = mainLength;
        this.bufferLengths = bufferLengths;
        this.recordingLength = recordingLength;
        this.writeId = writeId;
        this.chunkCount = chunkCount;
        this.tag = tag;
        this.inline = inline;
    }

    /**
     * A record sealed with {@code payloadMac}, which was {@link EntryAuthenticator#begin begun} for the key and fed
     * with the whole payload.
     */
    static RemoteRecord sealed(long writtenAtMillis, int mainLength, long[] bufferLengths, int recordingLength,
                               long writeId, int chunkCount, ByteBuffer inline, Mac payloadMac) {
        RemoteRecord unsealed = new RemoteRecord(writtenAtMillis, mainLength, bufferLengths, recordingLength,
                writeId, chunkCount, null, inline);
        payloadMac.update(unsealed.header());
        return new RemoteRecord(writtenAtMillis, mainLength, bufferLengths, recordingLength, writeId, chunkCount,
                payloadMac.doFinal(), inline);
    }

    /** Whether {@code payloadMac}, begun for the key the record was found under and fed with its payload, agrees. */
    boolean authentic(Mac payloadMac) {
        payloadMac.update(header());
        return EntryAuthenticator.matches(payloadMac, tag);
    }

    /** Main, buffers and recording, in bytes. */
    long size() {
        long size = (long) mainLength + recordingLength;
        for (long length : bufferLengths) {
            size += length;
        }
        return size;
    }

    byte[] encode() {
        byte[] header = header();
        int payload = inline == null ? 0 : inline.remaining();
        ByteBuffer out = ByteBuffer.allocate(header.length + EntryAuthenticator.TAG_BYTES + payload)
                .order(ByteOrder.LITTLE_ENDIAN);
        out.put(header).put(tag);
        if (inline != null) {
            out.put(inline.duplicate());
        }
        return out.array();
    }

    private byte[] header() {
        ByteBuffer out = ByteBuffer.allocate(4 + 4 + 8 + 4 + 4 + 8 * bufferLengths.length + 4 + 8 + 4)
                .order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(MAGIC).put(FORMAT).put((byte) 0).putShort((short) 0);
        out.putLong(writtenAtMillis).putInt(mainLength).putInt(bufferLengths.length);
        for (long length : bufferLengths) {
            out.putLong(length);
        }
        out.putInt(recordingLength).putLong(writeId).putInt(chunkCount);
        return out.array();
    }

    /**
     * Reads a head; its lengths are checked for consistency here and its tag once the payload has been read.
     *
     * @throws BadEntryException when the bytes are not a head this format wrote
     */
    static RemoteRecord decode(byte[] bytes, int chunkSize) {
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            if (in.getInt() != MAGIC || in.get() != FORMAT) {
                throw new BadEntryException("it is not in a format this Memoria writes");
            }
            in.get();
            in.getShort();
            long writtenAt = in.getLong();
            int mainLength = in.getInt();
            int bufferCount = in.getInt();
            if (mainLength < 0 || bufferCount < 0 || bufferCount > in.remaining() / 8) {
                throw new BadEntryException("its head is truncated");
            }
            long[] lengths = new long[bufferCount];
            for (int i = 0; i < lengths.length; i++) {
                lengths[i] = in.getLong();
                if (lengths[i] < 0 || lengths[i] > Integer.MAX_VALUE - 8) {
                    throw new BadEntryException("its head names a buffer of " + lengths[i] + " bytes");
                }
            }
            int recordingLength = in.getInt();
            long writeId = in.getLong();
            int chunkCount = in.getInt();
            byte[] tag = new byte[EntryAuthenticator.TAG_BYTES];
            in.get(tag);
            ByteBuffer inline = chunkCount == 0 ? in.slice().asReadOnlyBuffer() : null;
            RemoteRecord record = new RemoteRecord(writtenAt, mainLength, lengths, recordingLength, writeId,
                    chunkCount, tag, inline);
            long size = record.size();
            boolean consistent = recordingLength >= 0 && chunkCount >= 0
                    && (chunkCount == 0 ? inline.remaining() == size
                                        : size > (long) (chunkCount - 1) * chunkSize
                                          && size <= (long) chunkCount * chunkSize);
            if (!consistent) {
                throw new BadEntryException("its head is truncated or its lengths disagree");
            }
            return record;
        } catch (BufferUnderflowException e) {
            throw new BadEntryException("its head is truncated");
        }
    }

    /** An entry that is not what this format writes, or fails its tag: dropped and recomputed, never served. */
    static final class BadEntryException extends RuntimeException {
        BadEntryException(String message) {
            super(message, null, false, false);
        }
    }
}
