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
import dev.memoria.internal.value.Stored;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * The in-memory tier, on Caffeine: expiry measured from write, a bound on entries and/or bytes, and release of every
 * entry that leaves. Eviction is Caffeine's W-TinyLFU, which keeps frequently used entries over merely recent ones.
 *
 * <p>Removal callbacks run on the thread that caused them (no executor hop), so {@code clear()} has released every
 * entry when it returns. Caffeine has one bound per cache; when both {@code maxEntries} and {@code maxSize} are set,
 * bytes bound the cache and surplus entries are trimmed coldest-first after each write.
 *
 * <p>Every store also counts against the JVM's {@link MemoryBudget}, which evicts the coldest entries of the largest
 * stores when all of them together hold too much.
 */
public final class MemoryStore implements Store<Object> {

    private final Cache<Object, Stored> cache;
    private final String method;
    private final MemoryBudget budget;
    private final long maxEntriesWithWeight;
    private final LongAdder bytes = new LongAdder();
    /** What the entries hold on the Java heap: what the budget counts (a mapped file region is not heap). */
    private final LongAdder heapBytes = new LongAdder();
    private final LongAdder evictions = new LongAdder();
    private volatile Departures departures = Departures.NONE;

    /**
     * A store under a memory budget.
     *
     * @param method the cached method, named when the budget evicts its entries
     * @param budget the bound this store shares with the others of its engine
     */
    public MemoryStore(CacheSpec spec, String method, MemoryBudget budget) {
        this.method = method;
        this.budget = budget;
        Caffeine<Object, Object> builder = Caffeine.newBuilder()
                .executor(Runnable::run)
                .ticker(Clock::nanoTime);
        spec.retention().ifPresent(ttl -> { // with refresh = BACKGROUND, stale entries stay until maxStale ends
            builder.expireAfter(new RemainingTtl(ttl));
            if (spec.kind() == CacheSpec.Kind.RESOURCE) {
                builder.scheduler(Scheduler.systemScheduler()); // release expired resources promptly
            }
        });
        if (spec.maxBytes().isPresent()) {
            builder.maximumWeight(spec.maxBytes().getAsLong())
                    .weigher((Object key, Stored value) -> (int) Math.min(Integer.MAX_VALUE, value.weight()));
        } else {
            // Without a bound of its own the store still needs Caffeine's eviction order, for the budget's passes:
            // a bounded cache records reads in a striped buffer, the one cost this adds to a hit.
            builder.maximumSize(spec.maxEntries().orElse(Long.MAX_VALUE));
        }
        this.maxEntriesWithWeight = spec.maxBytes().isPresent() ? spec.maxEntries().orElse(-1) : -1;
        this.cache = builder.<Object, Stored>removalListener((key, value, cause) -> removed(key, value, cause)).build();
        budget.register(this);
    }

    @Override
    public Stored get(Object key) {
        return cache.getIfPresent(key);
    }

    @Override
    public void put(Object key, Stored value) {
        bytes.add(value.weight());
        cache.put(key, value);
        if (maxEntriesWithWeight > 0) {
            trimToEntries();
        }
        heapBytes.add(value.heapBytes());
        budget.charge(value.heapBytes());
    }

    @Override
    public void remove(Object key) {
        cache.invalidate(key);
    }

    @Override
    public void clear() {
        cache.invalidateAll();
        cache.cleanUp();
    }

    @Override
    public long entries() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    @Override
    public long bytes() {
        cache.cleanUp();
        return bytes.sum();
    }

    @Override
    public long evictions() {
        cache.cleanUp();
        return evictions.sum();
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
     * Evicts up to {@code count} of the coldest entries, for the memory budget; they count as evictions.
     *
     * @return how many were evicted
     */
    int evictColdest(int count) {
        int evicted = 0;
        for (Object key : cache.policy().eviction().orElseThrow().coldest(count).keySet()) {
            Stored removed = cache.asMap().remove(key);
            if (removed != null) {
                evictions.increment(); // removed as EXPLICIT, which the listener does not count
                departures.departed(key, Departures.Reason.BUDGET, removed);
                evicted++;
            }
        }
        return evicted;
    }

    private void trimToEntries() {
        Policy.Eviction<Object, Stored> eviction = cache.policy().eviction().orElseThrow();
        long surplus = cache.estimatedSize() - maxEntriesWithWeight;
        if (surplus > 0) {
            for (Object key : eviction.coldest((int) surplus).keySet()) {
                Stored removed = cache.asMap().remove(key);
                if (removed != null) {
                    evictions.increment(); // removed as EXPLICIT, which the listener does not count
                    departures.departed(key, Departures.Reason.BOUND, removed);
                }
            }
        }
    }

    /**
     * Expiry measured from the moment a value was computed, not from when this tier got it: an entry promoted from
     * disk after a restart keeps only what is left of its {@code ttl}. Reads do not extend it.
     */
    private static final class RemainingTtl implements Expiry<Object, Stored> {

        private final long ttlNanos;

        RemainingTtl(Duration ttl) {
            this.ttlNanos = ttl.toNanos();
        }

        @Override
        public long expireAfterCreate(Object key, Stored value, long currentTime) {
            long ageNanos = TimeUnit.MILLISECONDS.toNanos(Clock.currentTimeMillis() - value.writtenAtMillis());
            return Math.max(0, ttlNanos - Math.max(0, ageNanos));
        }

        @Override
        public long expireAfterUpdate(Object key, Stored value, long currentTime, long currentDuration) {
            return expireAfterCreate(key, value, currentTime);
        }

        @Override
        public long expireAfterRead(Object key, Stored value, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }

    private void removed(Object key, Stored value, RemovalCause cause) {
        if (value == null) {
            return; // only collected weak/soft values have none, and this store holds values strongly
        }
        switch (cause) {
            case EXPIRED -> departures.departed(key, Departures.Reason.EXPIRED, value);
            case SIZE -> departures.departed(key, Departures.Reason.BOUND, value);
            case EXPLICIT -> departures.departed(key, Departures.Reason.REMOVED, value);
            default -> { } // replaced by a newer value of the same key, which is no departure
        }
        bytes.add(-value.weight());
        heapBytes.add(-value.heapBytes());
        budget.credit(value.heapBytes());
        if (cause.wasEvicted()) {
            evictions.increment();
        }
        value.released();
    }
}
