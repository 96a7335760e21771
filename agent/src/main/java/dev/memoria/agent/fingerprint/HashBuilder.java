package dev.memoria.agent.fingerprint;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 digest fed with fixed-width numbers and length-prefixed strings and byte arrays, so that two different
 * sequences of fields never feed the digest the same bytes ({@code "ab","c"} and {@code "a","bc"} stay apart).
 */
final class HashBuilder {

    private final MessageDigest digest;

    HashBuilder() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform must provide SHA-256", impossible);
        }
    }

    HashBuilder putInt(int value) {
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(value).array());
        return this;
    }

    HashBuilder putLong(long value) {
        digest.update(ByteBuffer.allocate(Long.BYTES).putLong(value).array());
        return this;
    }

    /** Writes UTF-16 code units: class-file strings may hold unpaired surrogates, which UTF-8 would turn into '?'. */
    HashBuilder putString(String value) {
        ByteBuffer buffer = ByteBuffer.allocate(Integer.BYTES + Character.BYTES * value.length())
                .putInt(value.length());
        buffer.asCharBuffer().put(value);
        digest.update(buffer.array());
        return this;
    }

    HashBuilder putBytes(byte[] value) {
        putInt(value.length);
        digest.update(value);
        return this;
    }

    /** Completes the digest; the builder must not be used afterwards. */
    byte[] finish() {
        return digest.digest();
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
