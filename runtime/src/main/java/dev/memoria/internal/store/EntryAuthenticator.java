package dev.memoria.internal.store;

import dev.memoria.internal.key.Key;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * Computes the tags that bind every entry a tier below memory stores to its place: HMAC-SHA256 under the tier's
 * secret (the cache directory's, or the shared store's) over the method's signature, its code version (fingerprint),
 * the argument key, the payload and the record's header. A record copied to another key, method or code version, or
 * from another store, fails its tag and is never served; forging one needs the secret.
 */
public final class EntryAuthenticator {

    public static final int TAG_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";

    /** Keyed and fed with the method and version, cloned for each entry so the prefix is hashed once. */
    private final Mac prefixed;

    public EntryAuthenticator(byte[] secret, String signature, String fingerprint) {
        try {
            prefixed = Mac.getInstance(ALGORITHM);
            prefixed.init(new SecretKeySpec(secret, ALGORITHM));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has " + ALGORITHM, e);
        }
        lengthPrefixed(signature);
        lengthPrefixed(fingerprint);
    }

    /**
     * A tag begun with the method, version and {@code key}, with the disk tier's leaves; the caller adds the payload,
     * then the record seals it.
     */
    public PayloadTag begin(Key key) {
        return begin(key, PayloadTag.LEAF_BYTES);
    }

    /** A tag begun with the method, version and {@code key}, whose large parts go in leaves of {@code leafBytes}. */
    public PayloadTag begin(Key key, int leafBytes) {
        Mac mac = PayloadTag.copy(prefixed);
        mac.update(key.toBytes());
        return new PayloadTag(mac, leafBytes);
    }

    private void lengthPrefixed(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        prefixed.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        prefixed.update(bytes);
    }
}
