package dev.memoria.internal.key;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Writes the byte stream docs/hashing.md describes, by hand and with the tag codes spelled out as numbers, so tests
 * can check the encoding itself rather than only which keys are equal.
 */
final class ExpectedKey {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private ExpectedKey() {
    }

    /** A key stream: the KEY tag and scheme version 1. */
    static ExpectedKey key() {
        return new ExpectedKey().u8(0x01).u8(0x01);
    }

    /** A sub-digest stream (set member, map entry): no header. */
    static ExpectedKey subDigest() {
        return new ExpectedKey();
    }

    ExpectedKey receiver() {
        return u8(0x02);
    }

    ExpectedKey parameter(int index) {
        return u8(0x03).i32(index);
    }

    ExpectedKey u8(int value) {
        bytes.write(value);
        return this;
    }

    ExpectedKey i16(int value) {
        return raw(ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN).putShort((short) value).array());
    }

    ExpectedKey i32(int value) {
        return raw(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array());
    }

    ExpectedKey i64(long value) {
        return raw(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(value).array());
    }

    /** Length in UTF-16 code units, then the code units little-endian. */
    ExpectedKey text(String text) {
        i32(text.length());
        for (char c : text.toCharArray()) {
            i16(c);
        }
        return this;
    }

    ExpectedKey raw(byte[] raw) {
        bytes.writeBytes(raw);
        return this;
    }

    byte[] digest() {
        return sha256(bytes.toByteArray());
    }

    Key toKey() {
        return Key.fromBytes(digest());
    }

    static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
