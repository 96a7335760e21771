package dev.memoria.internal.store;

import javax.crypto.Mac;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The tag of one entry, computed over its payload's parts (main stream, buffers, recording) as they are handed in,
 * then its header. An HMAC-SHA256 {@link EntryAuthenticator#begin begun} with the method, code version and key
 * receives, for each part in order, its length and then either its bytes (a part up to {@link #LEAF_BYTES}) or the
 * SHA-256 digests of its consecutive leaves of {@link #LEAF_BYTES} (a larger one); the header comes last. The leaves
 * are digested on all cores (the common fork-join pool, whose threads are daemons), so a gigabyte read back is
 * authenticated at the speed of every core's SHA extensions rather than one's. The length before each part fixes how
 * the bytes after it are to be read, so no two payloads feed the MAC the same bytes; forging a tag needs the secret
 * or a SHA-256 collision.
 *
 * <p>Parts are held as views, not copied: the caller must not change them before {@link #finish}.
 */
public final class PayloadTag {

    /** Bytes per leaf: large enough that a digest's fixed cost vanishes, small enough to share out over the cores. */
    public static final int LEAF_BYTES = 1 << 20;

    private final Mac mac;
    private final List<ByteBuffer> parts = new ArrayList<>();

    /** @param mac keyed and fed with the method, code version and key */
    public PayloadTag(Mac mac) {
        this.mac = mac;
    }

    /** Adds the next part: the bytes from {@code part}'s position to its limit. */
    public void update(ByteBuffer part) {
        parts.add(part.duplicate());
    }

    public void update(byte[] part) {
        update(ByteBuffer.wrap(part));
    }

    /** The tag, once the header is added. */
    public byte[] finish(byte[] header) {
        byte[][] leaves = leafDigests();
        int leaf = 0;
        for (ByteBuffer part : parts) {
            mac.update(ByteBuffer.allocate(Long.BYTES).putLong(part.remaining()).array());
            if (part.remaining() <= LEAF_BYTES) {
                mac.update(part.duplicate());
            } else {
                for (int i = 0; i < leafCount(part); i++) {
                    mac.update(leaves[leaf++]);
                }
            }
        }
        mac.update(header);
        return mac.doFinal();
    }

    /** The digests of the leaves of every large part, in order. */
    private byte[][] leafDigests() {
        List<ByteBuffer> leaves = new ArrayList<>();
        for (ByteBuffer part : parts) {
            if (part.remaining() > LEAF_BYTES) {
                for (int i = 0; i < leafCount(part); i++) {
                    ByteBuffer leaf = part.duplicate();
                    leaf.position(part.position() + i * LEAF_BYTES);
                    leaf.limit(Math.min(part.limit(), leaf.position() + LEAF_BYTES));
                    leaves.add(leaf);
                }
            }
        }
        byte[][] digests = new byte[leaves.size()][];
        IntStream.range(0, digests.length).parallel().forEach(i -> digests[i] = sha256(leaves.get(i)));
        return digests;
    }

    private static int leafCount(ByteBuffer part) {
        return (part.remaining() + LEAF_BYTES - 1) / LEAF_BYTES;
    }

    private static byte[] sha256(ByteBuffer leaf) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(leaf);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
