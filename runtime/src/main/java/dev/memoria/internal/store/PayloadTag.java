package dev.memoria.internal.store;

import javax.crypto.Mac;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinTask;

/**
 * The tag of one entry, computed over its payload's parts (main stream, buffers, recording) as they are handed in,
 * then its header. An HMAC-SHA256 {@link EntryAuthenticator#begin begun} with the method, code version and key
 * receives, for each part in order, its length and then either its bytes (a part up to the leaf size) or the SHA-256
 * digests of its consecutive leaves of the leaf size (a larger one); the header comes last. The leaves are digested on
 * all cores (the common fork-join pool, whose threads are daemons, and the caller), so a gigabyte read back is
 * authenticated at the speed of every core's SHA extensions rather than one's; a payload that arrives piece by piece
 * has its leaves digested as they {@link #arrived arrive}. The length before each part fixes how the bytes after it
 * are to be read, so no two payloads feed the MAC the same bytes; forging a tag needs the secret or a SHA-256
 * collision.
 *
 * <p>A {@link #head head tag} covers what a reader parses (the header, the main stream, the recording) and none of
 * the buffers, so that a large entry's buffers can be copied while they are digested: it starts with eight bytes of
 * {@code 0xFF}, where the tag starts with the main stream's length, which is never that, so neither tag's input is
 * ever the other's.
 *
 * <p>Parts are held as views, not copied: the caller must not change them before {@link #finish}, nor the bytes it
 * said arrived.
 */
public final class PayloadTag {

    /** The disk tier's leaf: large enough that a digest's fixed cost vanishes, small enough to share out. */
    public static final int LEAF_BYTES = 1 << 20;
    /** What a head tag starts with: never a part's length, which is what a tag starts with. */
    private static final byte[] HEAD_MARK = {-1, -1, -1, -1, -1, -1, -1, -1};

    private final Mac mac;
    private final int leafBytes;
    private final List<ByteBuffer> parts = new ArrayList<>();
    /** The leaves of the large parts, in payload order, with where each ends in the payload. */
    private final List<ByteBuffer> leaves = new ArrayList<>();
    private final List<Long> leafEnds = new ArrayList<>();
    /** The digests of the first leaves, started in the background. */
    private final List<ForkJoinTask<byte[]>> started = new ArrayList<>();
    private long payloadBytes;
    /** How many leaves the parts before the main stream's end have: the main stream's. */
    private int mainLeaves = -1;

    /** @param mac keyed and fed with the method, code version and key */
    public PayloadTag(Mac mac, int leafBytes) {
        this.mac = mac;
        this.leafBytes = leafBytes;
    }

    /** Adds the next part: the bytes from {@code part}'s position to its limit, which may still be arriving. */
    public void update(ByteBuffer part) {
        ByteBuffer view = part.duplicate();
        parts.add(view);
        if (view.remaining() > leafBytes) {
            for (int start = view.position(); start < view.limit(); start += leafBytes) {
                int end = Math.min(view.limit(), start + leafBytes);
                leaves.add(view.duplicate().limit(end).position(start));
                leafEnds.add(payloadBytes + end - view.position());
            }
        }
        payloadBytes += view.remaining();
        if (mainLeaves < 0) {
            mainLeaves = leaves.size();
        }
    }

    public void update(byte[] part) {
        update(ByteBuffer.wrap(part));
    }

    /**
     * Says that the payload's first {@code bytes} bytes (of the parts added so far, in order) hold their final
     * contents, and starts digesting the leaves they complete, so that a payload still arriving is mostly digested
     * when its last byte is.
     */
    public void arrived(long bytes) {
        while (started.size() < leaves.size() && leafEnds.get(started.size()) <= bytes) {
            ByteBuffer leaf = leaves.get(started.size());
            started.add(ForkJoinTask.adapt(() -> sha256(leaf)).fork());
        }
    }

    /**
     * The head tag: {@code header}, then the main stream (the first part) as the tag takes it, then the recording (the
     * last part) whole; the buffers between them are not read. Its main stream's leaves are digested here, on this
     * thread, and count for {@link #finish} too. Before {@link #finish}, once every part was added.
     */
    public byte[] head(byte[] header) {
        Mac head = copy(mac);
        head.update(HEAD_MARK);
        head.update(header);
        while (started.size() < mainLeaves) {
            ByteBuffer leaf = leaves.get(started.size());
            ForkJoinTask<byte[]> digest = ForkJoinTask.adapt(() -> sha256(leaf));
            started.add(digest);
            digest.invoke();
        }
        feed(head, parts.get(0), 0, started);
        ByteBuffer recording = parts.get(parts.size() - 1);
        head.update(length(recording));
        head.update(recording.duplicate());
        return head.doFinal();
    }

    /** Whether the head of the payload and {@code header} end in {@code headTag}: in constant time. */
    public boolean headMatches(byte[] header, byte[] headTag) {
        return MessageDigest.isEqual(head(header), headTag);
    }

    /** The tag, once the header is added. */
    public byte[] finish(byte[] header) {
        arrived(payloadBytes);
        // the newest digests are on top of the queue: this thread takes them from there while the pool's workers
        // take the oldest, and waits only for those a worker is computing
        for (int i = started.size() - 1; i >= 0; i--) {
            ForkJoinTask<byte[]> digest = started.get(i);
            if (digest.tryUnfork()) {
                digest.invoke();
            }
        }
        int leaf = 0;
        for (ByteBuffer part : parts) {
            leaf = feed(mac, part, leaf, started);
        }
        mac.update(header);
        return mac.doFinal();
    }

    /** Feeds {@code part} to {@code target}: its length, then its bytes or its leaves' digests; the next leaf. */
    private int feed(Mac target, ByteBuffer part, int firstLeaf, List<ForkJoinTask<byte[]>> digests) {
        target.update(length(part));
        if (part.remaining() <= leafBytes) {
            target.update(part.duplicate());
            return firstLeaf;
        }
        int leaf = firstLeaf;
        for (int end = part.position(); end < part.limit(); end += leafBytes) {
            target.update(digests.get(leaf++).join());
        }
        return leaf;
    }

    private static byte[] length(ByteBuffer part) {
        return ByteBuffer.allocate(Long.BYTES).putLong(part.remaining()).array();
    }

    /** A copy of {@code mac} in its current state, to go on from there. */
    static Mac copy(Mac mac) {
        try {
            return (Mac) mac.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's HmacSHA256 can be cloned", e);
        }
    }

    /** Whether the payload and {@code header} end in {@code tag}: in constant time. */
    public boolean matches(byte[] header, byte[] tag) {
        return MessageDigest.isEqual(finish(header), tag);
    }

    private static byte[] sha256(ByteBuffer leaf) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(leaf.duplicate());
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
