package dev.memoria.internal.store.chronicle;

import net.openhft.chronicle.map.ChronicleMap;
import net.openhft.chronicle.map.ChronicleMapBuilder;

import java.io.IOException;

/**
 * The Chronicle Map that indexes one code version's entries: 32-byte keys, encoded {@link EntryRecord}s as values.
 * Small values live in it, large ones in blob files beside it, so it never needs a segment tier sized for a
 * gigabyte.
 */
abstract class IndexMap implements AutoCloseable {

    /** Payloads up to this size are stored in the index itself. */
    static final int INLINE_LIMIT = 64 * 1024;

    private static final int KEY_BYTES = 32;
    private static final double AVERAGE_RECORD_BYTES = 1024;
    private static final long MIN_ENTRIES = 10_000;
    /** Lets a map grow to a thousand times its configured entries before it refuses more. */
    private static final double MAX_BLOAT = 1_000;

    abstract ChronicleMap<byte[], byte[]> map();

    @Override
    public abstract void close();

    /**
     * Checks that writing {@code bytes} into the map cannot meet a full disk.
     *
     * @throws DiskFullException when it could
     */
    void requireRoom(long bytes) throws IOException {
        // an index in memory has no disk to fill
    }

    /**
     * Notes that an update of the map was cut short by a fault (a full disk under its memory-mapped file): a lock
     * may be left held, so the file must be recovered before it is trusted again.
     */
    void faulted() {
        // an index in memory goes with its process
    }

    /**
     * How many times any process removed entries from this index (see {@code Store.clears()}): an index in memory is
     * this JVM's alone, so nothing else removes from it.
     */
    long clears() {
        return 0;
    }

    /** Counts a removal of entries, for every process that has the index open to see. */
    void cleared() {
        // an index in memory has no other process to tell
    }

    /**
     * The builder every index uses; {@code maxEntries} of 0 means unbounded. Every use of Chronicle Map starts here,
     * so here its system properties are set, before its first class initializes.
     */
    static ChronicleMapBuilder<byte[], byte[]> builder(String name, long maxEntries) {
        ChronicleEnvironment.prepare();
        return ChronicleMap.of(byte[].class, byte[].class)
                .name(name)
                .constantKeySizeBySample(new byte[KEY_BYTES])
                .averageValueSize(AVERAGE_RECORD_BYTES)
                .entries(Math.max(MIN_ENTRIES, 2 * maxEntries))
                .maxBloatFactor(MAX_BLOAT)
                // PersistedIndex closes its maps at exit under the open protocol's gate. Chronicle's own exit hook
                // would close them at the same time and print a stack trace when it loses that race; an in-memory
                // map needs no closing when its process ends.
                .skipCloseOnExitHook(true);
    }

    /** An index in memory, off the Java heap: for {@code offHeap = true} without persistence. */
    static IndexMap inMemory(String name, long maxEntries) {
        ChronicleMap<byte[], byte[]> map = builder(name, maxEntries).create();
        return new IndexMap() {
            @Override
            ChronicleMap<byte[], byte[]> map() {
                return map;
            }

            @Override
            public void close() {
                map.close();
            }
        };
    }
}
