package dev.memoria.internal.cache;

import dev.memoria.CacheStats;
import dev.memoria.Persist;
import dev.memoria.internal.flight.WaitGraph;
import dev.memoria.internal.key.Key;
import dev.memoria.internal.key.KeyMaker;
import dev.memoria.internal.policy.CacheSpec;
import dev.memoria.internal.report.Reporter;
import dev.memoria.internal.site.SiteDescriptor;
import dev.memoria.internal.store.Store;
import dev.memoria.internal.store.chronicle.StoredVersion;
import dev.memoria.internal.time.Clock;

import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Every function cache of an engine: one per method, code version and configuration, plus one set per UI session for
 * {@code scope = SESSION}. A class reloaded with unchanged code and configuration finds its cache again; a changed
 * method (new fingerprint) or changed annotation (new spec) gets a fresh one, as in Streamlit.
 */
public final class Caches {

    /** Opens the tiers of a new cache: {@link Stores} in the JVM's engine, fakes in unit tests. */
    @FunctionalInterface
    public interface StoreFactory {
        Store<Object> create(SiteDescriptor descriptor, Function<Object, Key> digests);

        /**
         * Starts, in the background, what the first call of {@code descriptor}'s method will need and takes long to
         * set up; {@link #create} then takes it over.
         */
        default void prepare(SiteDescriptor descriptor) {
        }

        /** Drops the stored entries of every method beyond the open caches: those of the shared store. */
        default void discardAll() {
        }
    }

    private final StoreFactory stores;
    private final Clock clock;
    private final Reporter reporter;
    /** Built when first asked for: only a method that persists on disk, or a clear, reads the cache directory. */
    private StoredCaches stored;
    /** One for all of them: a cached method's body calls other cached methods, so waits chain across caches. */
    private final WaitGraph waits = new WaitGraph();
    private final Map<Identity, FunctionCache> global = new ConcurrentHashMap<>();
    private final Map<String, Map<Identity, FunctionCache>> bySession = new ConcurrentHashMap<>();
    /** What dropped session caches counted, per method version and configuration: a bounded set of sums. */
    private final Map<SiteDescriptor, CacheStats> endedSessions = new ConcurrentHashMap<>();
    /** The code version of each method whose cache was created last: the one a new version is compared with. */
    private final Map<String, SiteDescriptor> latest = new ConcurrentHashMap<>();

    /** @param clock, reporter the engine's: what its caches' logs, refreshes and warnings use */
    public Caches(StoreFactory stores, Clock clock, Reporter reporter) {
        this.stores = stores;
        this.clock = clock;
        this.reporter = reporter;
    }

    /** The persisted entries beyond the open caches: other code versions, methods not called in this JVM. */
    public synchronized StoredCaches stored() {
        if (stored == null) {
            stored = new StoredCaches(reporter);
        }
        return stored;
    }

    /** The JVM-wide cache of a method. */
    public FunctionCache global(SiteDescriptor descriptor, KeyMaker keys, MethodType type) {
        return global.computeIfAbsent(Identity.of(descriptor), new Creation(descriptor, keys, type));
    }

    /** The cache of a method for one UI session. */
    public FunctionCache forSession(String sessionId, SiteDescriptor descriptor, KeyMaker keys,
                                           MethodType type) {
        return bySession.computeIfAbsent(sessionId, id -> new ConcurrentHashMap<>())
                .computeIfAbsent(Identity.of(descriptor), new Creation(descriptor, keys, type));
    }

    /** Drops the caches of a session that ended, releasing their entries and keeping what they counted. */
    public void endSession(String sessionId) {
        Map<Identity, FunctionCache> caches = bySession.remove(sessionId);
        if (caches != null) {
            for (FunctionCache cache : caches.values()) {
                cache.clear("the end of its UI session");
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

    /** Clears the caches of one kind of annotation; for {@code @CacheData}, stored entries on disk and shared too. */
    public void clear(CacheSpec.Kind kind) {
        clearWhere(cache -> cache.descriptor().spec().kind() == kind,
                kind == CacheSpec.Kind.DATA ? "Memoria.clearData()" : "Memoria.clearResources()");
        if (kind == CacheSpec.Kind.DATA) {
            stored().discardAll();
            stores.discardAll();
        }
    }

    /** Clears every cache, and every stored entry on disk and in the shared store. */
    public void clearAll() {
        clearWhere(cache -> true, "Memoria.clearAll()");
        stored().discardAll();
        stores.discardAll();
    }

    /**
     * Clears the caches that match.
     *
     * @param by the call that clears, as explanations of later misses name it
     */
    public void clearWhere(Predicate<FunctionCache> filter, String by) {
        for (FunctionCache cache : all()) {
            if (filter.test(cache)) {
                cache.clear(by);
            }
        }
    }

    /** The caches of one method's current code version per UI session, by session ({@code scope = SESSION}). */
    public Map<String, FunctionCache> sessionCaches(String signature) {
        Map<String, FunctionCache> found = new HashMap<>();
        bySession.forEach((session, caches) -> caches.values().stream()
                .filter(cache -> cache.descriptor().signature().equals(signature))
                .forEach(cache -> found.put(session, cache)));
        return found;
    }

    /** The JVM-wide cache of one code version and configuration, if it was created. */
    public Optional<FunctionCache> existingGlobal(SiteDescriptor descriptor) {
        return Optional.ofNullable(global.get(Identity.of(descriptor)));
    }

    /** The code version of a method whose cache was created last, if any. */
    public Optional<SiteDescriptor> latest(String signature) {
        return Optional.ofNullable(latest.get(signature));
    }

    private FunctionCache create(SiteDescriptor descriptor, KeyMaker keys, MethodType type) {
        Store<Object> store = stores.create(descriptor, keys); // the maker is its own digestOf function
        SiteDescriptor previous = latest.put(descriptor.signature(), descriptor);
        CodeChange change;
        if (previous != null) {
            change = previous.fingerprint().equals(descriptor.fingerprint()) ? null
                    : CodeChange.between(previous, "earlier in this JVM", descriptor);
        } else {
            // no lambda here: this runs on every JVM's first cached call, where each one spins a class
            Optional<StoredVersion> older = descriptor.spec().persist() == Persist.DISK
                    ? stored().olderVersion(descriptor) : Optional.empty();
            change = older.isEmpty() ? null : CodeChange.between(older.get().fingerprint(), older.get().manifest(),
                    CodeChange.ON_DISK, descriptor);
        }
        return new FunctionCache(descriptor, keys, type, store, waits, change, clock, reporter);
    }

    /**
     * Creates the cache of an identity not seen yet. A class rather than a lambda: it runs on every JVM's first cached
     * call, where a lambda spins a class and, the first time, loads the JDK's lambda machinery.
     */
    private final class Creation implements Function<Identity, FunctionCache> {
        private final SiteDescriptor descriptor;
        private final KeyMaker keys;
        private final MethodType type;

        Creation(SiteDescriptor descriptor, KeyMaker keys, MethodType type) {
            this.descriptor = descriptor;
            this.keys = keys;
            this.type = type;
        }

        @Override
        public FunctionCache apply(Identity identity) {
            return create(descriptor, keys, type);
        }
    }

    /** A cache belongs to one code version of a method under one configuration. */
    private record Identity(String functionKey, CacheSpec spec) {
        static Identity of(SiteDescriptor descriptor) {
            return new Identity(descriptor.functionKey(), descriptor.spec());
        }

        // written out for the reason CacheSpec's are
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity identity && functionKey.equals(identity.functionKey)
                   && spec.equals(identity.spec);
        }

        @Override
        public int hashCode() {
            return 31 * functionKey.hashCode() + spec.hashCode();
        }
    }
}
