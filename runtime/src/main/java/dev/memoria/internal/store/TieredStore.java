package dev.memoria.internal.store;

import dev.memoria.CacheStats;
import dev.memoria.internal.key.Key;
import dev.memoria.internal.policy.CacheSpec;
import dev.memoria.internal.report.Messages;
import dev.memoria.internal.report.Reporter;
import dev.memoria.internal.value.Spill;
import dev.memoria.internal.value.Stored;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A memory tier in front of a Chronicle store or the shared store: reads go to memory first and promote what they find
 * below; writes and removals go to both. The Chronicle store may also stand alone ({@code offHeap = true}: no heap
 * tier). The shared store never throws: it handles its own faults.
 *
 * <p>When the Chronicle store fails (a full disk, a directory that cannot be written, a lock left by a crashed
 * process) the cache does not: one warning names the problem, and the method carries on with a memory tier only.
 */
public final class TieredStore implements Store<Object> {

    private final CacheSpec spec;
    private final String method;
    private final Function<Object, Key> digests;
    /** Builds the memory tier that replaces a failed off-heap store. */
    private final Supplier<Store<Object>> fallback;
    private final Reporter reporter;
    private volatile Store<Object> memory;
    private volatile Store<Key> disk;
    /** The tier below's {@link Store#clears()} when the memory tier last held nothing that was removed below. */
    private volatile long clearsSeen;
    /** Told of departures from the memory tier and of damaged entries the tier below drops. */
    private volatile Departures departures = Departures.NONE;

    /**
     * @param memory  the heap tier, or {@code null} for none
     * @param disk    the Chronicle store
     * @param digests turns the method's lookup keys into the digests the Chronicle store is keyed by
     * @param fallback builds a memory tier (under the engine's budget) when the Chronicle store fails and there is none
     * @param reporter the engine's, told when the Chronicle store fails
     */
    public TieredStore(Store<Object> memory, Store<Key> disk, Function<Object, Key> digests, CacheSpec spec,
                       String method, Supplier<Store<Object>> fallback, Reporter reporter) {
        this.memory = memory;
        this.fallback = fallback;
        this.reporter = reporter;
        this.disk = disk;
        this.digests = digests;
        this.spec = spec;
        this.method = method;
        this.clearsSeen = disk.clears();
    }

    @Override
    public Stored get(Object key) {
        Store<Object> heap = memory;
        Stored found = heap == null ? null : heap.get(key);
        Store<Key> chronicle = disk;
        if (found != null) {
            if (chronicle == null || chronicle.clears() == clearsSeen) {
                return found;
            }
            clearedElsewhere(heap, chronicle);
        }
        if (chronicle == null) {
            return null;
        }
        try {
            found = chronicle.get(digests.apply(key), key, departures);
        } catch (RuntimeException | InternalError e) {
            return failed(e);
        }
        if (found != null && heap != null) {
            heap.put(key, found);
        }
        return found;
    }

    @Override
    public void put(Object key, Stored value) {
        // The tier below first: a value a caller can see in memory is already on disk, so a JVM that ends right after
        // seeing it (a daemon refresh thread's value, say) leaves it to the next JVM.
        Store<Key> chronicle = disk;
        if (chronicle != null) {
            try {
                chronicle.put(digests.apply(key), value);
            } catch (RuntimeException | InternalError e) {
                failed(e); // and the memory tier that replaces an off-heap store starts with this entry, below
            }
        }
        Store<Object> heap = memory;
        if (heap != null) {
            heap.put(key, value);
        }
    }

    @Override
    public void remove(Object key) {
        both(store -> store.remove(key), store -> store.remove(digests.apply(key)));
    }

    @Override
    public void clear() {
        both(Store::clear, Store::clear);
    }

    /**
     * Another process removed entries below (a clear in another JVM, or the cache directory tool's): what the memory
     * tier holds may be among them, so it goes. The count is read first: a clear meanwhile is seen on the next hit.
     */
    private void clearedElsewhere(Store<Object> heap, Store<Key> below) {
        long clears = below.clears();
        heap.clear();
        clearsSeen = clears;
    }

    @Override
    public void settled(Object key) {
        Store<Key> below = disk;
        if (below != null) {
            below.settled(digests.apply(key));
        }
    }

    @Override
    public CacheStats.Remote shared() {
        Store<Key> below = disk;
        return below == null ? null : below.shared();
    }

    /** Drops what the memory tier holds: another JVM cleared entries of the tier below. */
    public void clearMemory() {
        Store<Object> heap = memory;
        if (heap != null) {
            heap.clear();
        }
    }

    @Override
    public long entries() {
        Store<Key> chronicle = disk;
        return chronicle != null ? chronicle.entries() : memory.entries();
    }

    @Override
    public long bytes() {
        Store<Key> chronicle = disk;
        return chronicle != null ? chronicle.bytes() : memory.bytes();
    }

    @Override
    public long evictions() {
        Store<Object> heap = memory;
        Store<Key> chronicle = disk;
        return (heap == null ? 0 : heap.evictions()) + (chronicle == null ? 0 : chronicle.evictions());
    }

    @Override
    public Spill spill() {
        Store<Key> chronicle = disk;
        return chronicle != null ? chronicle.spill() : Spill.onHeap();
    }

    @Override
    public void watchDepartures(Departures departures) {
        this.departures = departures;
        Store<Object> heap = memory;
        if (heap != null) {
            heap.watchDepartures(departures);
        }
    }

    private void both(Consumer<Store<Object>> onMemory, Consumer<Store<Key>> onDisk) {
        Store<Object> heap = memory;
        if (heap != null) {
            onMemory.accept(heap);
        }
        Store<Key> chronicle = disk;
        if (chronicle != null) {
            try {
                long before = chronicle.clears();
                onDisk.accept(chronicle);
                // this removal's own count needs no clearing of the memory tier; any other process's does
                if (chronicle.clears() == before + 1 && clearsSeen == before) {
                    clearsSeen = before + 1;
                }
            } catch (RuntimeException | InternalError e) {
                failed(e);
            }
        }
    }

    /** Leaves the Chronicle store behind for good, keeping (or starting) a memory tier. */
    private synchronized Stored failed(Throwable failure) {
        if (disk != null) {
            disk = null;
            if (memory == null) {
                Store<Object> replacement = fallback.get();
                replacement.watchDepartures(departures);
                memory = replacement;
            }
            reporter.once("store " + method, Messages.storeFailed(spec.offHeap() ? "off-heap" : "disk", method,
                    String.valueOf(failure)));
        }
        return null;
    }
}
