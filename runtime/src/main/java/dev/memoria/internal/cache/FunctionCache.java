package dev.memoria.internal.cache;

import dev.memoria.CacheStats;
import dev.memoria.Explanation;
import dev.memoria.internal.Settings;
import dev.memoria.internal.flight.Flights;
import dev.memoria.internal.flight.WaitGraph;
import dev.memoria.internal.flight.Refreshes;
import dev.memoria.internal.key.KeyMaker;
import dev.memoria.internal.replay.WidgetKeys;
import dev.memoria.internal.report.Reporter;
import dev.memoria.internal.site.SiteDescriptor;
import dev.memoria.internal.store.Store;
import dev.memoria.internal.time.Clock;
import dev.memoria.internal.value.DamagedValueException;
import dev.memoria.internal.value.Serialized;
import dev.memoria.internal.value.Stored;

import java.lang.invoke.MethodType;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The cache of one method under one code version and configuration: its store, its computations in flight and its
 * statistics. Classes reloaded with the same code and configuration share it.
 */
public final class FunctionCache {

    private final SiteDescriptor descriptor;
    private final KeyMaker keys;
    private final MethodType type;
    private final Store<Object> store;
    private final Flights flights;
    private final Refreshes refreshes;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final AtomicLong generation = new AtomicLong();
    private final WidgetKeys widgetKeys;
    private final EntryLog log;
    /** What changed since the code version known before this one, or {@code null}. */
    private final CodeChange codeChange;
    private final AtomicBoolean codeChangeReported = new AtomicBoolean();
    private final Reporter reporter;

    FunctionCache(SiteDescriptor descriptor, KeyMaker keys, MethodType type, Store<Object> store, WaitGraph waits,
                  CodeChange codeChange, Clock clock, Reporter reporter) {
        this.descriptor = descriptor;
        this.flights = new Flights(waits);
        this.keys = keys;
        this.type = type;
        this.store = store;
        this.codeChange = codeChange;
        this.widgetKeys = descriptor.spec().allowWidgets() ? new WidgetKeys(keys) : null;
        this.log = new EntryLog(descriptor.spec(), clock);
        this.refreshes = new Refreshes(clock);
        this.reporter = reporter;
        store.watchDepartures(log);
    }

    /** What this cache remembers of its recent keys, for explaining misses. */
    public EntryLog log() {
        return log;
    }

    /** What changed since the code version known before this one, or {@code null} when none was known. */
    public CodeChange codeChange() {
        return codeChange;
    }

    public SiteDescriptor descriptor() {
        return descriptor;
    }

    /** Builds keys the way calls do; used to clear the entry of given arguments. */
    public KeyMaker keys() {
        return keys;
    }

    /** The method's type, resolved in the loader of the class that created this cache. */
    public MethodType type() {
        return type;
    }

    public Store<Object> store() {
        return store;
    }

    /**
     * Whether an entry of {@code key} can be served: found, and authentic once its buffers are (see
     * {@link Serialized#awaitAuthentic}); one that is not is dropped here, as a hit would drop it.
     */
    public boolean holds(Object key) {
        Stored stored = store.get(key);
        if (stored instanceof Serialized serialized) {
            try {
                serialized.awaitAuthentic();
            } catch (DamagedValueException e) {
                drop(key, Explanation.Cause.DAMAGED, e.explanation());
                return false;
            }
        }
        return stored != null;
    }

    /** The second level of the key when the method allows widgets, else {@code null}. */
    public WidgetKeys widgetKeys() {
        return widgetKeys;
    }

    public Flights flights() {
        return flights;
    }

    /** The background refreshes under way or cooling down ({@code refresh = BACKGROUND}). */
    public Refreshes refreshes() {
        return refreshes;
    }

    /** Counts clears; a computation that started before the latest clear does not store its result. */
    public long generation() {
        return generation.get();
    }

    /**
     * Stores a computed value unless the cache was cleared since the computation started. A value that is not
     * stored is not released either: its caller is about to use it.
     */
    public void store(Object key, Stored value, long generationAtStart, Object[] parts) {
        if (generation.get() == generationAtStart) {
            store.put(key, value);
            log.computed(key, parts);
        }
    }

    /**
     * The computation of {@code key} that followed a miss ended, stored or not: a shared store releases the claim that
     * made other JVMs wait for it.
     */
    public void settled(Object key) {
        store.settled(key);
    }

    public void recordHit() {
        hits.increment();
    }

    /** Counts a miss; the first miss of a new code version says what changed when {@code memoria.explain} is on. */
    public void recordMiss() {
        misses.increment();
        if (codeChange != null && !codeChangeReported.get() && !codeChangeReported.getAndSet(true)
            && Settings.explain()) {
            reporter.once("explain " + descriptor.functionKey(), codeChange.report());
        }
    }

    /**
     * Drops every entry and disowns computations in flight: the next call of any key computes afresh.
     *
     * @param by the call that clears, as {@link Explanation} names it, e.g. {@code Memoria.clearData()}
     */
    public void clear(String by) {
        generation.incrementAndGet();
        flights.forgetAll();
        refreshes.clear();
        log.removing(Explanation.Cause.CLEARED, by, store::clear);
        if (widgetKeys != null) {
            widgetKeys.clear();
        }
    }

    /**
     * Drops the entry of the arguments whose lookup key is {@code key}: for every widget value, when it allows
     * widgets.
     */
    public void clear(Object key, String by) {
        log.removing(Explanation.Cause.CLEARED, by, () -> {
            if (widgetKeys == null) {
                store.remove(key);
            } else {
                widgetKeys.forget(key).forEach(store::remove);
            }
        });
    }

    /**
     * Drops one entry that cannot be served: damaged, or refused by {@code validate}. Noted here rather than by the
     * memory tier's departure, which a cache without one ({@code offHeap = true}) would not see.
     */
    public void drop(Object key, Explanation.Cause cause, String detail) {
        store.remove(key);
        log.dropped(key, cause, detail);
    }

    public CacheStats stats() {
        CacheStats stats = CacheStats.of(descriptor.displayName(), hits.sum(), misses.sum(), store.entries(),
                store.bytes(), store.evictions());
        CacheStats.Remote shared = store.shared();
        return shared == null ? stats : stats.withRemote(shared);
    }
}
