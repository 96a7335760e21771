package dev.memoria;

import java.util.Objects;

/**
 * Statistics of one cached method, or of several summed. Immutable. Hits are calls answered without running the
 * body (including callers that waited for a concurrent computation of the same key); misses are calls that ran it.
 */
public final class CacheStats {

    private final String name;
    private final long hits;
    private final long misses;
    private final long entries;
    private final long bytes;
    private final long evictions;

    private CacheStats(String name, long hits, long misses, long entries, long bytes, long evictions) {
        this.name = Objects.requireNonNull(name, "name");
        this.hits = hits;
        this.misses = misses;
        this.entries = entries;
        this.bytes = bytes;
        this.evictions = evictions;
    }

    /**
     * @param name      the method, e.g. {@code example.Reports.load(int)}, or a label for a sum
     * @param hits      calls answered from the cache
     * @param misses    calls that ran the method body
     * @param entries   entries held now
     * @param bytes     bytes held now: serialized size for {@code @CacheData}, an estimate for {@code @CacheResource}
     * @param evictions entries removed by a bound or by expiry
     */
    public static CacheStats of(String name, long hits, long misses, long entries, long bytes, long evictions) {
        return new CacheStats(name, hits, misses, entries, bytes, evictions);
    }

    /** No calls, no entries. */
    public static CacheStats empty(String name) {
        return new CacheStats(name, 0, 0, 0, 0, 0);
    }

    /** The sum of this and {@code other}, under this one's name. */
    public CacheStats plus(CacheStats other) {
        return new CacheStats(name, hits + other.hits, misses + other.misses, entries + other.entries,
                bytes + other.bytes, evictions + other.evictions);
    }

    public String name() {
        return name;
    }

    public long hits() {
        return hits;
    }

    public long misses() {
        return misses;
    }

    public long entries() {
        return entries;
    }

    public long bytes() {
        return bytes;
    }

    public long evictions() {
        return evictions;
    }

    /** {@code hits / (hits + misses)}, or 0 before the first call. */
    public double hitRate() {
        long calls = hits + misses;
        return calls == 0 ? 0 : (double) hits / calls;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CacheStats that && name.equals(that.name) && hits == that.hits
               && misses == that.misses && entries == that.entries && bytes == that.bytes
               && evictions == that.evictions;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, hits, misses, entries, bytes, evictions);
    }

    @Override
    public String toString() {
        return name + ": hits=" + hits + ", misses=" + misses + ", entries=" + entries + ", bytes=" + bytes
               + ", evictions=" + evictions;
    }
}
