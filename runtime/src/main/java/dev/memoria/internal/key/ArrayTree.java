package dev.memoria.internal.key;

import java.util.stream.IntStream;

/**
 * Hashes a large primitive array as a two-level tree, so all cores work on it: the array is cut into leaves of
 * {@link #LEAF_BYTES}, each leaf is digested on its own (in parallel), and the key's digest receives the leaf digests
 * in order. Each leaf digest starts with {@link Tag#ARRAY_LEAF}, so a leaf can never be mistaken for any other digest
 * of the scheme; with SHA-256 collision resistant at both levels, so is the tree.
 *
 * <p>The leaf size is fixed, not derived from the core count, so the key is the same on every machine.
 */
final class ArrayTree {

    /** Arrays of this many bytes and more are hashed as a tree; smaller ones are streamed into the key's digest. */
    static final int THRESHOLD_BYTES = 4 << 20;
    /** Bytes per leaf: big enough that a leaf's fixed costs vanish, small enough to spread evenly over the cores. */
    static final int LEAF_BYTES = 1 << 20;

    // Leaf hashing runs no user code, so a thread's sink is never needed twice at once.
    private static final ThreadLocal<DigestSink> LEAF_SINKS = ThreadLocal.withInitial(DigestSink::new);

    private ArrayTree() {
    }

    /** Returns the digests of the array's consecutive leaves, computed on the common fork-join pool. */
    static byte[][] leafDigests(PrimitiveArrayRule kind, Object array, int length) {
        int elementsPerLeaf = LEAF_BYTES / kind.elementBytes;
        int leaves = (int) (((long) length + elementsPerLeaf - 1) / elementsPerLeaf);
        byte[][] digests = new byte[leaves][];
        IntStream.range(0, leaves).parallel().forEach(leaf -> {
            int from = leaf * elementsPerLeaf;
            int to = (int) Math.min(length, (long) from + elementsPerLeaf);
            digests[leaf] = leafDigest(kind, array, from, to);
        });
        return digests;
    }

    private static byte[] leafDigest(PrimitiveArrayRule kind, Object array, int from, int to) {
        DigestSink leaf = LEAF_SINKS.get();
        leaf.reset();
        leaf.tag(Tag.ARRAY_LEAF);
        leaf.elements(kind, array, from, to);
        return leaf.digest();
    }
}
