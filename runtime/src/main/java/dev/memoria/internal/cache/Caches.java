package dev.memoria.internal.cache;

import dev.memoria.CacheStats;
import dev.memoria.internal.flight.WaitGraph;
import dev.memoria.internal.key.Key;
import dev.memoria.internal.key.KeyMaker;
import dev.memoria.internal.policy.CacheSpec;
import dev.memoria.internal.site.SiteDescriptor;
import dev.memoria.internal.store.Store;

import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Every function cache of an engine: one per method, code version and configuration, plus one set per UI session for
 * {@code scope = SESSION}. A class reloaded with unchanged code and configuration finds its cache again; a changed
 * method (new fingerprint) or changed annotation (new spec) gets a fresh one, as in Streamlit.
 */
public final class Caches {

    /** Opens the tiers of a new cache: {@link Stores#create} in the JVM's engine, fakes in unit tests. */
    @FunctionalInterface
    public interface StoreFactory {
        Store<Object> create(SiteDescriptor descriptor, Function<Object, Key> digests);
    }

    private final StoreFactory stores;
    /** One for all of them: a cached method's body calls other cached methods, so waits chain across caches. */
    private final WaitGraph waits = new WaitGraph();
    private final Map<Identity, FunctionCache> global = new ConcurrentHashMap<>();
    private final Map<String, Map<Identity, FunctionCache>> bySession = new ConcurrentHashMap<>();
    /** What dropped session caches counted, per method version and configuration: a bounded set of sums. */
    private final Map<SiteDescriptor, CacheStats> endedSessions = new ConcurrentHashMap<>();

    public Caches(StoreFactory stores) {
        this.stores = stores;
    }

    /** The JVM-wide cache of a method. */
    public FunctionCache global(SiteDescriptor descriptor, KeyMaker keys, MethodType type) {
        return global.computeIfAbsent(Identity.of(descriptor), identity -> create(descriptor, keys, type));
    }

    /** The cache of a method for one UI session. */
    public FunctionCache forSession(String sessionId, SiteDescriptor descriptor, KeyMaker keys,
                                           MethodType type) {
        return bySession.computeIfAbsent(sessionId, id -> new ConcurrentHashMap<>())
                .computeIfAbsent(Identity.of(descriptor), identity -> create(descriptor, keys, type));
    }

    /** Drops the caches of a session that ended, releasing their entries and keeping what they counted. */
    public void endSession(String sessionId) {
        Map<Identity, FunctionCache> caches = bySession.remove(sessionId);
        if (caches != null) {
            for (FunctionCache cache : caches.values()) {
                cache.clear();
                CacheStats counted = cache.stats();
                endedSessions.merge(cache.descriptor(), CacheStats.of(counted.name(), counted.hits(),
                        counted.misses(), 0, 0, counted.evictions()), CacheStats::plus);
            }
        }
    }

    /**
     * The hits, misses and evictions of the caches of sessions that ended, summed per method version and
     * configuration; they hold no entries. Counts over the JVM's lifetime add these, so that they never fall when a
     * session ends.
     */
    public Map<SiteDescriptor, CacheStats> endedSessions() {
        return Map.copyOf(endedSessions);
    }

    /** Every cache, global and per session. */
    public List<FunctionCache> all() {
        List<FunctionCache> all = new ArrayList<>(global.values());
        bySession.values().forEach(caches -> all.addAll(caches.values()));
        return all;
    }

    /** Clears the caches of one kind of annotation; for {@code @CacheData}, stored entries on disk too. */
    public void clear(CacheSpec.Kind kind) {
        clearWhere(cache -> cache.descriptor().spec().kind() == kind);
        if (kind == CacheSpec.Kind.DATA) {
            StoredCaches.discardAll();
        }
    }

    /** Clears every cache, and every stored entry on disk. */
    public void clearAll() {
        clearWhere(cache -> true);
        StoredCaches.discardAll();
    }

    /** Clears the caches that match. */
    public void clearWhere(Predicate<FunctionCache> filter) {
        for (FunctionCache cache : all()) {
            if (filter.test(cache)) {
                cache.clear();
            }
        }
    }

    private FunctionCache create(SiteDescriptor descriptor, KeyMaker keys, MethodType type) {
        return new FunctionCache(descriptor, keys, type, stores.create(descriptor, keys::digestOf), waits);
    }

    /** A cache belongs to one code version of a method under one configuration. */
    private record Identity(String functionKey, CacheSpec spec) {
        static Identity of(SiteDescriptor descriptor) {
            return new Identity(descriptor.functionKey(), descriptor.spec());
        }
    }
}
