package dev.memoria.internal.store.chronicle;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * HMAC-SHA256 (RFC 2104) over {@link MessageDigest}, for the small files of the cache directory that a JVM reads at
 * start-up (the agent's fingerprints, a method's manifest). The same tag as {@code Mac.getInstance("HmacSHA256")},
 * without the JCE: its first use loads and checks every security provider, a few hundred classes and tens of
 * milliseconds on the first cached call of every JVM, where SHA-256 comes from the first provider alone.
 */
final class HmacSha256 {

    private static final int BLOCK = 64;
    private static final byte INNER = 0x36;
    private static final byte OUTER = 0x5c;

    private final byte[] key;
    private final MessageDigest inner;

    HmacSha256(byte[] secret) {
        MessageDigest digest = sha256();
        byte[] padded = Arrays.copyOf(secret.length > BLOCK ? digest.digest(secret) : secret, BLOCK);
        this.key = padded;
        this.inner = digest;
        inner.update(xor(padded, INNER));
    }

    /** Adds the UTF-8 bytes of {@code text}, preceded by their length, so that fields cannot run into each other. */
    HmacSha256 field(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        inner.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        inner.update(bytes);
        return this;
    }

    HmacSha256 update(byte[] bytes) {
        inner.update(bytes);
        return this;
    }

    /** The 32-byte tag; the instance is spent. */
    byte[] tag() {
        MessageDigest outer = sha256();
        outer.update(xor(key, OUTER));
        outer.update(inner.digest());
        return outer.digest();
    }

    private static byte[] xor(byte[] key, byte pad) {
        byte[] padded = new byte[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            padded[i] = (byte) (key[i] ^ pad);
        }
        return padded;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
