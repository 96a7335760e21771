package dev.memoria.internal.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Policy;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.Scheduler;
import dev.memoria.internal.policy.CacheSpec;
import dev.memoria.internal.time.Clock;
import dev.memoria.internal.value.Spill;
import dev.memoria.internal.value.Stamped;
import dev.memoria.internal.value.Stored;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * The in-memory tier, on Caffeine: expiry measured from write, a bound on entries and/or bytes, and release of every
 * entry that leaves. Eviction under the method's own bounds is Caffeine's W-TinyLFU, which keeps frequently used
 * entries over merely recent ones. A store without bounds or {@code ttl} is a plain concurrent hash map (what an
 * unbounded Caffeine cache is underneath), whose read is a hash-map lookup: the cheapest hit there is. It also spares
 * the JVM Caffeine's static initializer, whose {@code System.getLogger} starts the JDK's logging (a service-loader
 * scan of the class path and {@code java.util.logging}) on the first cached call.
 *
 * <p>Removal callbacks run on the thread that caused them (no executor hop), so {@code clear()} has released every
 * entry when it returns. Caffeine has one bound per cache; when both {@code maxEntries} and {@code maxSize} are set,
 * bytes bound the cache and surplus entries are trimmed coldest-first after each write.
 *
 * <p>Every store also counts against the JVM's {@link MemoryBudget}, which evicts the coldest entries of the largest
 * stores when all of them together hold too much. How cold an entry is comes from a stamp kept on it ({@link Stamped}):
 * a read sets it to the store's write count when it differs (a plain write, rarely taken, so a hot entry's line is not written on
 * every hit), and the budget evicts the oldest stamps of a sample swept through the store (see {@link #evictColdest}),
 * as Redis approximates LRU. Caffeine's own order would cost every hit its read buffer.
 */
public final class MemoryStore implements Store<Object> {

    /** How many entries {@link #evictColdest} looks at for each one it evicts. */
    private static final int SAMPLE_PER_EVICTION = 4;

    /** Null when the store has no bounds and no {@code ttl}: then {@link #map} is a plain map. */
    private final Cache<Object, Stamped> cache;
    /** The entries: Caffeine's view of them, or the plain map. */
    private final ConcurrentMap<Object, Stamped> map;
    private final String method;
    private final MemoryBudget budget;
    private final long maxEntriesWithWeight;
    private final LongAdder bytes = new LongAdder();
    /** What the entries hold on the Java heap: what the budget counts (a mapped file region is not heap). */
    private final LongAdder heapBytes = new LongAdder();
    private final LongAdder evictions = new LongAdder();
    /** Counts writes: the clock of the entries' stamps. Plain: a lost increment only blurs one tick. */
    private int writes;
    /** Where the budget's sampling goes on in the entries; used under the budget's lock only. */
    private Iterator<Map.Entry<Object, Stamped>> sweep;
    private volatile Departures departures = Departures.NONE;

    /**
     * A store under a memory budget.
     *
     * @param method the cached method, named when the budget evicts its entries
     * @param budget the bound this store shares with the others of its engine
     * @param clock  the engine's: what {@code ttl} is measured on
     */
    public MemoryStore(CacheSpec spec, String method, MemoryBudget budget, Clock clock) {
        this.method = method;
        this.budget = budget;
        this.maxEntriesWithWeight = spec.maxBytes().isPresent() ? spec.maxEntries().orElse(-1) : -1;
        if (spec.retention().isEmpty() && spec.maxBytes().isEmpty() && spec.maxEntries().isEmpty()) {
            this.cache = null;
            this.map = new ConcurrentHashMap<>();
        } else {
            this.cache = caffeine(spec, clock);
            this.map = cache.asMap();
        }
        budget.register(this);
    }

    private Cache<Object, Stamped> caffeine(CacheSpec spec, Clock clock) {
        Caffeine<Object, Object> builder = Caffeine.newBuilder()
                .executor(Runnable::run)
                .ticker(clock::nanoTime);
        spec.retention().ifPresent(ttl -> { // with refresh = BACKGROUND, stale entries stay until maxStale ends
            builder.expireAfter(new RemainingTtl(ttl, clock));
            if (spec.kind() == CacheSpec.Kind.RESOURCE) {
                builder.scheduler(Scheduler.systemScheduler()); // release expired resources promptly
            }
        });
        if (spec.maxBytes().isPresent()) {
            builder.maximumWeight(spec.maxBytes().getAsLong())
                    .weigher((Object key, Stamped held) -> (int) Math.min(Integer.MAX_VALUE, stored(held).weight()));
        } else if (spec.maxEntries().isPresent()) {
            builder.maximumSize(spec.maxEntries().getAsLong());
        }
        return builder.<Object, Stamped>removalListener(
                (key, held, cause) -> removed(key, held == null ? null : stored(held), cause)).build();
    }

    @Override
    public Stored get(Object key) {
        Stamped held = map.get(key);
        if (held == null) {
            return null;
        }
        held.use(writes);
        return stored(held);
    }

    @Override
    public void put(Object key, Stored value) {
        bytes.add(value.weight());
        Stamped held = value instanceof Stamped stamped ? stamped : new Entry(value);
        held.use(++writes);
        if (cache != null) {
            cache.put(key, held);
        } else {
            Stamped replaced = map.put(key, held);
            if (replaced != null && replaced != held) {
                departed(key, stored(replaced), null, false); // as Caffeine's REPLACED: no departure
            }
        }
        if (maxEntriesWithWeight > 0) {
            trimToEntries();
        }
        heapBytes.add(value.heapBytes());
        budget.charge(value.heapBytes());
    }

    @Override
    public void remove(Object key) {
        if (cache != null) {
            cache.invalidate(key);
        } else {
            removedFromMap(key, map.remove(key));
        }
    }

    @Override
    public void clear() {
        if (cache != null) {
            cache.invalidateAll();
            cache.cleanUp();
        } else {
            for (Object key : map.keySet()) {
                removedFromMap(key, map.remove(key));
            }
        }
    }

    @Override
    public long entries() {
        if (cache == null) {
            return map.size();
        }
        cache.cleanUp();
        return cache.estimatedSize();
    }

    @Override
    public long bytes() {
        cleanUp();
        return bytes.sum();
    }

    @Override
    public long evictions() {
        cleanUp();
        return evictions.sum();
    }

    /** Caffeine's pending removals, told to the listener before a count is read; a plain map has none. */
    private void cleanUp() {
        if (cache != null) {
            cache.cleanUp();
        }
    }

    /** Caffeine tells its listener of a removal from its map itself; a removal from the plain map is told here. */
    private void removedFromMap(Object key, Stamped held) {
        if (cache == null && held != null) {
            departed(key, stored(held), Departures.Reason.REMOVED, false);
        }
    }

    @Override
    public Spill spill() {
        return Spill.onHeap();
    }

    @Override
    public void watchDepartures(Departures departures) {
        this.departures = departures;
    }

    /** The cached method, as the budget's warning names it. */
    String method() {
        return method;
    }

    /** What the live entries hold on the heap, without the clean-up {@link #bytes()} runs: the budget asks often. */
    long heldBytes() {
        return heapBytes.sum();
    }

    /**
     * Evicts the coldest entries, for the memory budget, until they held {@code bytes} of heap or {@code count} of them
     * are gone; they count as evictions. The coldest of a sample: the next {@value #SAMPLE_PER_EVICTION} ×
     * {@code count} entries of a sweep through the store that goes on where the last call stopped, so successive
     * passes look at every entry in turn. Called under the budget's lock.
     *
     * @return how many were evicted
     */
    int evictColdest(int count, long bytes) {
        List<Map.Entry<Object, Stamped>> sample = new ArrayList<>(count * SAMPLE_PER_EVICTION);
        boolean restarted = false;
        while (sample.size() < count * SAMPLE_PER_EVICTION) {
            if (sweep == null || !sweep.hasNext()) {
                if (restarted) {
                    break; // the store holds fewer entries than the sample
                }
                sweep = map.entrySet().iterator();
                restarted = true;
                continue;
            }
            sample.add(sweep.next());
        }
        int now = writes;
        sample.sort(Comparator.comparingInt(candidate -> candidate.getValue().used() - now)); // oldest stamp first
        int evicted = 0;
        long freed = 0;
        for (Map.Entry<Object, Stamped> candidate : sample) {
            if (evicted == count || freed >= bytes) {
                break;
            }
            if (map.remove(candidate.getKey(), candidate.getValue())) {
                removedFromMap(candidate.getKey(), candidate.getValue());
                evictions.increment(); // removed as EXPLICIT, which the listener does not count
                departures.departed(candidate.getKey(), Departures.Reason.BUDGET, stored(candidate.getValue()));
                evicted++;
                freed += stored(candidate.getValue()).heapBytes();
            }
        }
        return evicted;
    }

    private void trimToEntries() {
        Policy.Eviction<Object, Stamped> eviction = cache.policy().eviction().orElseThrow();
        long surplus = cache.estimatedSize() - maxEntriesWithWeight;
        if (surplus > 0) {
            for (Object key : eviction.coldest((int) surplus).keySet()) {
                Stamped removed = cache.asMap().remove(key);
                if (removed != null) {
                    evictions.increment(); // removed as EXPLICIT, which the listener does not count
                    departures.departed(key, Departures.Reason.BOUND, stored(removed));
                }
            }
        }
    }

    /**
     * Expiry measured from the moment a value was computed, not from when this tier got it: an entry promoted from
     * disk after a restart keeps only what is left of its {@code ttl}. Reads do not extend it.
     */
    private static final class RemainingTtl implements Expiry<Object, Stamped> {

        private final long ttlNanos;
        private final Clock clock;

        RemainingTtl(Duration ttl, Clock clock) {
            this.ttlNanos = ttl.toNanos();
            this.clock = clock;
        }

        @Override
        public long expireAfterCreate(Object key, Stamped held, long currentTime) {
            long ageNanos = TimeUnit.MILLISECONDS.toNanos(clock.currentTimeMillis() - stored(held).writtenAtMillis());
            return Math.max(0, ttlNanos - Math.max(0, ageNanos));
        }

        @Override
        public long expireAfterUpdate(Object key, Stamped held, long currentTime, long currentDuration) {
            return expireAfterCreate(key, held, currentTime);
        }

        @Override
        public long expireAfterRead(Object key, Stamped held, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }

    private void removed(Object key, Stored value, RemovalCause cause) {
        if (value == null) {
            return; // only collected weak/soft values have none, and this store holds values strongly
        }
        Departures.Reason reason = switch (cause) {
            case EXPIRED -> Departures.Reason.EXPIRED;
            case SIZE -> Departures.Reason.BOUND;
            case EXPLICIT -> Departures.Reason.REMOVED;
            default -> null; // replaced by a newer value of the same key, which is no departure
        };
        departed(key, value, reason, cause.wasEvicted());
    }

    /** @param reason null when a newer value of the same key replaced it */
    private void departed(Object key, Stored value, Departures.Reason reason, boolean evicted) {
        if (reason != null) {
            departures.departed(key, reason, value);
        }
        bytes.add(-value.weight());
        heapBytes.add(-value.heapBytes());
        budget.credit(value.heapBytes());
        if (evicted) {
            evictions.increment();
        }
        value.released();
    }

    /** What the map holds for {@code held}: the entry itself, or the one it wraps. */
    private static Stored stored(Stamped held) {
        return held instanceof Entry entry ? entry.stored : (Stored) held; // Entry is final: a cheap test
    }

    /** The stamp of a {@link Stored} that does not carry one itself. */
    private static final class Entry extends Stamped {

        final Stored stored;

        Entry(Stored stored) {
            this.stored = stored;
        }
    }
}
