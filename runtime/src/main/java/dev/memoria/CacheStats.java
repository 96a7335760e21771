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
    private final Remote remote;

    /**
     * What the shared store ({@code persist = REMOTE}) did for the calls that missed the memory tier, in this JVM.
     *
     * @param hits       lookups the shared store answered
     * @param misses     lookups it could not answer (no entry, a bad one, or a store that was down)
     * @param bytes      payload bytes read from it and written to it
     * @param errors     bad entries it held (dropped and recomputed)
     * @param waitMillis time spent waiting for other JVMs' computations of the same key
     */
    public record Remote(long hits, long misses, long bytes, long errors, long waitMillis) {
        static final Remote NONE = new Remote(0, 0, 0, 0, 0);

        Remote plus(Remote other) {
            return new Remote(hits + other.hits, misses + other.misses, bytes + other.bytes, errors + other.errors,
                    waitMillis + other.waitMillis);
        }
    }

    private CacheStats(String name, long hits, long misses, long entries, long bytes, long evictions, Remote remote) {
        this.name = Objects.requireNonNull(name, "name");
        this.hits = hits;
        this.misses = misses;
        this.entries = entries;
        this.bytes = bytes;
        this.evictions = evictions;
        this.remote = remote;
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
        return new CacheStats(name, hits, misses, entries, bytes, evictions, Remote.NONE);
    }

    /** No calls, no entries. */
    public static CacheStats empty(String name) {
        return new CacheStats(name, 0, 0, 0, 0, 0, Remote.NONE);
    }

    /** The same statistics, with what the shared store did. */
    public CacheStats withRemote(Remote shared) {
        return new CacheStats(name, hits, misses, entries, bytes, evictions, Objects.requireNonNull(shared));
    }

    /** The sum of this and {@code other}, under this one's name. */
    public CacheStats plus(CacheStats other) {
        return new CacheStats(name, hits + other.hits, misses + other.misses, entries + other.entries,
                bytes + other.bytes, evictions + other.evictions, remote.plus(other.remote));
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

    /** What the shared store did; all zero for a method that is not {@code persist = REMOTE}. */
    public Remote remote() {
        return remote;
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
               && evictions == that.evictions && remote.equals(that.remote);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, hits, misses, entries, bytes, evictions, remote);
    }

    @Override
    public String toString() {
        return name + ": hits=" + hits + ", misses=" + misses + ", entries=" + entries + ", bytes=" + bytes
               + ", evictions=" + evictions + (remote.equals(Remote.NONE) ? "" : ", remote=" + remote);
    }
}
