package dev.memoria.internal.key;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A SHA-256 digest fed through a small buffer, with the fixed-width little-endian writes the key encoding is made of.
 * Buffering matters: a key is mostly one- to eight-byte fields, and {@link MessageDigest#update} costs far more per
 * call than per byte. Not thread-safe; reused after {@link #reset()}.
 */
final class DigestSink {

    static final int DIGEST_BYTES = 32;
    private static final int BUFFER_BYTES = 8192;

    private final MessageDigest sha256 = newSha256();
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);

    /** Forgets everything written since the last digest. */
    void reset() {
        sha256.reset();
        buffer.clear();
    }

    void tag(Tag tag) {
        u8(tag.code);
    }

    void u8(int value) {
        makeRoom(Byte.BYTES);
        buffer.put((byte) value);
    }

    void i16(int value) {
        makeRoom(Short.BYTES);
        buffer.putShort((short) value);
    }

    void i32(int value) {
        makeRoom(Integer.BYTES);
        buffer.putInt(value);
    }

    void i64(long value) {
        makeRoom(Long.BYTES);
        buffer.putLong(value);
    }

    /** Writes the length, then the UTF-16 code units: unpaired surrogates stay distinct, unlike in UTF-8. */
    void text(CharSequence text) {
        int length = text.length();
        i32(length);
        int next = 0;
        while (next < length) {
            makeRoom(Character.BYTES);
            int end = Math.min(length, next + buffer.remaining() / Character.BYTES);
            for (; next < end; next++) {
                buffer.putChar(text.charAt(next));
            }
        }
    }

    /** Writes the length, then the bytes. */
    void bytes(byte[] bytes) {
        i32(bytes.length);
        raw(bytes, 0, bytes.length);
    }

    /** Writes the length, then the buffer's remaining bytes, leaving its position where it was. */
    void bytes(ByteBuffer bytes) {
        i32(bytes.remaining());
        if (bytes.hasArray()) {
            raw(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        } else {
            flush();
            sha256.update(bytes.duplicate());
        }
    }

    /** Writes bytes whose length the reader already knows, such as a digest. */
    void raw(byte[] bytes) {
        raw(bytes, 0, bytes.length);
    }

    /** Writes {@code array[from..to)} as little-endian bytes, a buffer-full at a time rather than in one big copy. */
    void elements(PrimitiveArrayRule kind, Object array, int from, int to) {
        int next = from;
        while (next < to) {
            makeRoom(kind.elementBytes);
            int count = Math.min(to - next, buffer.remaining() / kind.elementBytes);
            kind.copyLittleEndian(array, next, count, buffer);
            buffer.position(buffer.position() + count * kind.elementBytes);
            next += count;
        }
    }

    /** Returns the digest of everything written and resets the sink. */
    byte[] digest() {
        flush();
        return sha256.digest();
    }

    private void raw(byte[] bytes, int offset, int length) {
        if (length <= buffer.remaining()) {
            buffer.put(bytes, offset, length);
        } else {
            flush();
            sha256.update(bytes, offset, length);
        }
    }

    private void makeRoom(int bytes) {
        if (buffer.remaining() < bytes) {
            flush();
        }
    }

    private void flush() {
        sha256.update(buffer.array(), 0, buffer.position());
        buffer.clear();
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform must provide SHA-256", e);
        }
    }
}
