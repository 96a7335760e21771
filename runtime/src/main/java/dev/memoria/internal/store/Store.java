package dev.memoria.internal.store;

import dev.memoria.CacheStats;
import dev.memoria.internal.value.Spill;
import dev.memoria.internal.value.Stored;

/**
 * The entries of one cached function in one tier. Implementations are thread-safe.
 *
 * @param <K> the key: a lookup key of the method's memory tier, or a {@code Key} digest for a tier on disk
 */
public interface Store<K> {

    /** The live entry for {@code key}, or {@code null}. */
    Stored get(K key);

    /**
     * {@link #get}, for the tier above: an entry this tier finds damaged is dropped, as {@link #get} drops it, and
     * {@code departures} is told so under {@code reportedAs}, the key of the tier above. Tiers that hold no bytes to
     * check keep the default. A large entry read here may still be authenticating its buffers while they are copied:
     * whoever serves it awaits {@link dev.memoria.internal.value.Serialized#awaitAuthentic} first.
     */
    default Stored get(K key, Object reportedAs, Departures departures) {
        return get(key);
    }

    /** Stores {@code value}, releasing any entry it replaces. */
    void put(K key, Stored value);

    /** Removes and releases the entry for {@code key}, if any. */
    void remove(K key);

    /** Removes and releases every entry. */
    void clear();

    /** Live entries. */
    long entries();

    /** The summed {@link Stored#weight()} of live entries. */
    long bytes();

    /** Entries removed by a bound or by expiry. */
    long evictions();

    /**
     * The computation of {@code key} that followed a miss of {@link #get} ended, whether or not it stored a value: a
     * tier shared with other JVMs releases its claim on the key, so they stop waiting for it.
     */
    default void settled(K key) {
    }

    /**
     * How many times any process sharing this tier (a JVM, the cache directory tool) removed entries from it. A memory
     * tier in front of it keeps its entries only while this stays the same, so a clear anywhere reaches every JVM's
     * memory. Read on every hit of the memory tier: it must cost no more than a read of memory.
     */
    default long clears() {
        return 0;
    }

    /** What a tier shared with other JVMs counted; {@code null} for the others. */
    default CacheStats.Remote shared() {
        return null;
    }

    /** Where a value about to be {@link #put} should serialize its large arrays. */
    Spill spill();

    /** Tells {@code departures} of the entries that leave the memory tier; tiers on disk tell nothing. */
    default void watchDepartures(Departures departures) {
    }
}
