package dev.memoria.internal.store.chronicle;

import dev.memoria.internal.digest.Sha256;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * HMAC-SHA256 (RFC 2104) over {@link Sha256}, for the small files of the cache directory that a JVM reads at
 * start-up (the agent's fingerprints, a method's manifest). The same tag as {@code Mac.getInstance("HmacSHA256")},
 * without the JCE (its first use loads and checks every security provider, a few hundred classes) and without the
 * provider framework that even {@code MessageDigest.getInstance} sets up: tens of milliseconds on the first cached
 * call of every JVM, for a few kilobytes hashed.
 */
final class HmacSha256 {

    private static final int BLOCK = 64;
    private static final byte INNER = 0x36;
    private static final byte OUTER = 0x5c;

    private final byte[] key;
    private final Sha256 inner;

    HmacSha256(byte[] secret) {
        byte[] padded = Arrays.copyOf(secret.length > BLOCK ? Sha256.of(secret) : secret, BLOCK);
        this.key = padded;
        this.inner = new Sha256();
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
        return new Sha256().update(xor(key, OUTER)).update(inner.digest()).digest();
    }

    private static byte[] xor(byte[] key, byte pad) {
        byte[] padded = new byte[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            padded[i] = (byte) (key[i] ^ pad);
        }
        return padded;
    }
}
