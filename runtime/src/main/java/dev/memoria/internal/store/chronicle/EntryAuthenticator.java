package dev.memoria.internal.store.chronicle;

import dev.memoria.internal.key.Key;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * Computes the tags that bind every stored entry to its place: HMAC-SHA256 under the cache directory's secret over
 * the method's signature, its code version (fingerprint), the argument key, the payload and the record's header. A
 * record copied to another key, method or code version, or from another cache directory, fails its tag and is never
 * served; forging one needs the secret, which only the directory's owner can read.
 */
final class EntryAuthenticator {

    static final int TAG_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";

    /** Keyed and fed with the method and version, cloned for each entry so the prefix is hashed once. */
    private final Mac prefixed;

    EntryAuthenticator(byte[] secret, String signature, String fingerprint) {
        try {
            prefixed = Mac.getInstance(ALGORITHM);
            prefixed.init(new SecretKeySpec(secret, ALGORITHM));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has " + ALGORITHM, e);
        }
        lengthPrefixed(signature);
        lengthPrefixed(fingerprint);
    }

    /** For stores that never outlive this JVM (off-heap): a fresh random secret. */
    static EntryAuthenticator ephemeral(String signature, String fingerprint) {
        return new EntryAuthenticator(CacheSecret.random(), signature, fingerprint);
    }

    /** A tag begun with the method, version and {@code key}; the caller adds the payload, then the record seals it. */
    PayloadTag begin(Key key) {
        Mac mac = copy();
        mac.update(key.toBytes());
        return new PayloadTag(mac);
    }

    private Mac copy() {
        try {
            return (Mac) prefixed.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's " + ALGORITHM + " can be cloned", e);
        }
    }

    private void lengthPrefixed(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        prefixed.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        prefixed.update(bytes);
    }
}
