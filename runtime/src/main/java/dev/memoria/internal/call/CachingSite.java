package dev.memoria.internal.call;

import dev.memoria.Explanation;
import dev.memoria.RecursiveCacheCallException;
import dev.memoria.internal.cache.FunctionCache;
import dev.memoria.internal.flight.Flight;
import dev.memoria.internal.flight.Flights;
import dev.memoria.internal.flight.Outcome;
import dev.memoria.internal.key.KeyMaker;
import dev.memoria.internal.policy.CacheSpec;
import dev.memoria.internal.replay.Replayer;
import dev.memoria.internal.replay.Spinner;
import dev.memoria.internal.report.Messages;
import dev.memoria.internal.report.Progress;
import dev.memoria.internal.report.Reporter;
import dev.memoria.internal.site.SiteDescriptor;
import dev.memoria.internal.store.MemoryStore;
import dev.memoria.internal.store.Store;
import dev.memoria.internal.value.Stored;

import java.util.concurrent.CompletableFuture;

/**
 * A cached method bound to its class. A call looks in the store; on a miss it joins the computation of its key, so
 * concurrent callers with the same arguments run the body once and share the result, while other keys compute in
 * parallel. The body never runs under a lock.
 *
 * <p>An asynchronous method (one returning {@code CompletableFuture} or {@code CompletionStage}) caches its future's
 * value. Its callers never block: a hit gets a completed future, and a caller of a key being computed gets a future
 * of its own that completes with the shared computation.
 */
final class CachingSite extends Site {

    /**
     * How many misses the calling thread is computing, to show progress for the outermost one only. An
     * {@code initialValue} rather than a {@code withInitial} lambda, which would be spun on the JVM's first cached call.
     */
    private static final ThreadLocal<int[]> COMPUTING = new ThreadLocal<>() {
        @Override
        protected int[] initialValue() {
            return new int[1];
        }
    };

    /** Marks an entry that cannot serve this caller (distinct from a stored {@code null}). */
    private static final Object STALE = new Object();

    private final SiteDescriptor descriptor;
    private final KeyMaker keys;
    private final EntryKind kind;
    private final CacheScope scope;
    private final String progressText;
    private final boolean async;
    private final BackgroundRefresh background;
    /** The engine's: where this method's problems are told. Off the hit path. */
    private final Reporter reporter;
    /**
     * The {@link Hit#plainAs} of an entry that may be handed out straight (no check, no refresh, no future to wrap,
     * nothing to replay); {@code null} when every hit goes through {@link #serve}.
     */
    private final Class<?> plainType;
    /**
     * The cache of every call, when it is fixed and its plain hits are served by {@link #plainCall}: the hit path
     * decided once, at binding, instead of asked on every call; else {@code null}.
     */
    private final FunctionCache plainCache;

    /**
     * @param progressText the console progress text, or {@code null} when progress is off
     * @param async        whether the method returns a future whose value is what is cached
     * @param background   how stale entries are refreshed with {@code refresh = BACKGROUND}, else {@code null}
     */
    CachingSite(SiteDescriptor descriptor, KeyMaker keys, EntryKind kind, CacheScope scope, String progressText,
                boolean async, BackgroundRefresh background, Reporter reporter) {
        this.reporter = reporter;
        this.descriptor = descriptor;
        this.keys = keys;
        this.kind = kind;
        this.scope = scope;
        this.progressText = progressText;
        this.async = async;
        this.background = background;
        this.plainType = background == null && !async ? kind.plainHitType() : null;
        FunctionCache fixed = scope.fixed();
        this.plainCache = plainType != null && fixed != null && fixed.widgetKeys() == null ? fixed : null;
    }

    boolean refreshesInBackground() {
        return background != null;
    }

    boolean isAsync() {
        return async;
    }

    EntryKind kind() {
        return kind;
    }

    @Override
    public Object enter(Object receiver, Object[] args) {
        if (plainCache != null) {
            return plainCall(receiver, keys.lookupKey(receiver, args), args);
        }
        if (background != null) {
            Miss refresh = BackgroundRefresh.claim(this);
            if (refresh != null) {
                return refresh;
            }
        }
        return call(receiver, keys.lookupKey(receiver, args), args);
    }

    @Override
    public Object enterOne(Object receiver, Object argument) {
        if (plainCache != null) {
            return plainCall(receiver, keys.lookupKeyOfOne(receiver, argument), null);
        }
        if (background == null) {
            return call(receiver, keys.lookupKeyOfOne(receiver, argument), null);
        }
        Miss refresh = BackgroundRefresh.claim(this);
        return refresh != null ? refresh
                : call(receiver, keys.lookupKeyOfOne(receiver, argument), new Object[] {argument});
    }

    /**
     * The hit path of a site whose cache is fixed and whose hits need no check: one read of the store, one reference
     * comparison, one count. Kept small, with everything else in methods of their own, so that the JIT inlines it
     * into the woven method; the store's class is tested rather than left to the call's type profile, which every
     * cached method of the JVM shares.
     */
    private Object plainCall(Object receiver, Object key, Object[] args) {
        FunctionCache cache = plainCache;
        Store<Object> store = cache.store();
        Stored stored = store instanceof MemoryStore memory ? memory.get(key) : store.get(key);
        if (stored instanceof Hit shared && shared.plainAs == plainType) {
            cache.recordHit();
            return shared;
        }
        // no widgets, no background refresh: the lookup key is the key, and no generation is needed
        return serve(cache, key, key, receiver, args, stored, 0);
    }

    /**
     * A hit, or the way to one, for a site whose cache or checks are resolved on each call.
     *
     * @param args the arguments, kept to refresh a stale entry; {@code null} unless refreshes run in background
     */
    private Object call(Object receiver, Object argumentsKey, Object[] args) {
        FunctionCache cache = scope.current();
        Object key = cache.widgetKeys() == null ? argumentsKey : cache.widgetKeys().lookupKey(argumentsKey);
        // read before the entry: a clear between the read and a refresh's end must discard the refreshed value
        long generation = background != null ? cache.generation() : 0;
        Stored stored = cache.store().get(key);
        if (plainType != null && stored instanceof Hit shared && shared.plainAs == plainType) {
            cache.recordHit();
            return shared;
        }
        return serve(cache, argumentsKey, key, receiver, args, stored, generation);
    }

    /** What {@link #call} did not serve straight: a hit to check, copy, replay or refresh; or a computation. */
    private Object serve(FunctionCache cache, Object argumentsKey, Object key, Object receiver, Object[] args,
                         Stored stored, long generation) {
        Hit hit = examine(cache, argumentsKey, key, receiver, args, stored, generation);
        return hit != null ? hit : joinOrCompute(cache, argumentsKey, key, receiver, args);
    }

    /** No entry served the call: join the computation of its key, or start it. */
    private Object joinOrCompute(FunctionCache cache, Object argumentsKey, Object key, Object receiver,
                                 Object[] args) {
        while (true) {
            Flights.Joined joined = cache.flights().join(key);
            Flight flight = joined.flight();
            if (joined.started()) {
                return startComputing(cache, argumentsKey, key, flight, receiver, args);
            }
            if (flight.ownedByCurrentThread()) {
                throw new RecursiveCacheCallException(descriptor.describedName());
            }
            if (async) {
                return new Hit(follow(cache, key, flight));
            }
            Outcome outcome = flight.await();
            if (outcome.landed() != null) {
                Object value = deliverOrStale(cache, key, outcome.landed());
                if (value != STALE) {
                    return hit(cache, outcome.landed(), value);
                }
            } else if (outcome.shouldComputeAlone()) {
                return newMiss(cache, argumentsKey, key, null, receiver, args);
            }
            // the owner failed, or its result cannot serve this caller: look again
            Hit hit = lookup(cache, argumentsKey, key, receiver, args);
            if (hit != null) {
                return hit;
            }
        }
    }

    private Object startComputing(FunctionCache cache, Object argumentsKey, Object key, Flight flight,
                                  Object receiver, Object[] args) {
        // Another flight may have landed between the lookup and the join.
        Hit raced = lookup(cache, argumentsKey, key, receiver, args);
        if (raced != null) {
            cache.settled(key);
            flight.abort();
            cache.flights().finish(key, flight);
            return raced;
        }
        return newMiss(cache, argumentsKey, key, flight, receiver, args);
    }

    /** Starts a computation; only the outermost one on a thread shows progress (Streamlit's newer spinner rule). */
    private Miss newMiss(FunctionCache cache, Object argumentsKey, Object key, Flight flight, Object receiver,
                         Object[] args) {
        cache.recordMiss();
        int[] computing = COMPUTING.get();
        Progress progress = progressText != null && computing[0] == 0
                ? Spinner.start(progressText, descriptor.spec().showTime())
                : Progress.none();
        computing[0]++;
        return new Miss(this, cache, argumentsKey, key, flight, receiver, args, progress);
    }

    /**
     * A future of the caller's own that completes with the value {@code flight} computes, or its failure; nothing
     * blocks meanwhile. It completes on the thread that ends the flight, so UI calls are not replayed for it.
     */
    private CompletableFuture<Object> follow(FunctionCache cache, Object key, Flight flight) {
        CompletableFuture<Object> mine = new CompletableFuture<>();
        flight.whenSettled((landed, failure) -> {
            if (failure != null) {
                mine.completeExceptionally(failure);
                return;
            }
            // aborted: its owner found a value stored by a computation that raced it
            Stored stored = landed != null ? landed : cache.store().get(key);
            if (stored == null) {
                mine.completeExceptionally(new IllegalStateException(
                        Messages.computationAbandoned(descriptor.displayName())));
                return;
            }
            try {
                Object value = kind.deliver(stored);
                cache.recordHit();
                mine.complete(value);
            } catch (RuntimeException | Error e) {
                mine.completeExceptionally(e);
            }
        });
        return mine;
    }

    /**
     * The miss of a background refresh: stored over the stale entry unless the cache was cleared since
     * {@code generation}.
     */
    Miss refreshMiss(FunctionCache cache, Object argumentsKey, Object key, Object receiver, Object[] args,
                     long generation) {
        COMPUTING.get()[0]++;
        return new Miss(this, cache, argumentsKey, key, null, receiver, args, Progress.none(), generation);
    }

    SiteDescriptor descriptor() {
        return descriptor;
    }

    Reporter reporter() {
        return reporter;
    }

    /** How messages name the annotation. */
    String annotation() {
        return descriptor.spec().kind() == CacheSpec.Kind.DATA ? "@CacheData" : "@CacheResource";
    }

    void computationEnded() {
        COMPUTING.get()[0]--;
    }

    private Hit lookup(FunctionCache cache, Object argumentsKey, Object key, Object receiver, Object[] args) {
        // read before the entry: a clear between the read and a refresh's end must discard the refreshed value
        long generation = background != null ? cache.generation() : 0;
        return examine(cache, argumentsKey, key, receiver, args, cache.store().get(key), generation);
    }

    /** @param generation the cache's generation read before {@code stored} was, when refreshes run in background */
    private Hit examine(FunctionCache cache, Object argumentsKey, Object key, Object receiver, Object[] args,
                        Stored stored, long generation) {
        if (stored == null) {
            return null;
        }
        if (!kind.stillValid(stored, receiver)) {
            return invalid(cache, key);
        }
        Object value = deliverOrStale(cache, key, stored);
        if (value == STALE) {
            return null;
        }
        if (background != null) {
            refreshIfStale(cache, stored, argumentsKey, key, receiver, args, generation);
        }
        return hit(cache, stored, value);
    }

    private Hit invalid(FunctionCache cache, Object key) {
        cache.drop(key, Explanation.Cause.INVALID, "validate = \"" + descriptor.spec().validate() + "\"");
        return null;
    }

    private void refreshIfStale(FunctionCache cache, Stored stored, Object argumentsKey, Object key,
                                Object receiver, Object[] args, long generation) {
        if (background.isStale(stored)) {
            background.start(this, cache, stored, argumentsKey, key, receiver, args, generation);
        }
    }

    /**
     * Counts a hit and draws again what computing the entry drew, before the caller gets the value. Names for
     * messages are built only when there is something to replay.
     */
    private Hit hit(FunctionCache cache, Stored stored, Object value) {
        cache.recordHit();
        if (!stored.recording().isEmpty() && background == null) { // Streamlit does not replay in background mode
            replay(stored);
        }
        if (async) {
            return futureHit(value);
        }
        return stored instanceof Hit shared && shared.value == value ? shared : new Hit(value);
    }

    private void replay(Stored stored) {
        Replayer.replay(stored.recording(), descriptor.displayName(), annotation());
    }

    /** A future per caller: it may obtrude its own value. */
    private static Hit futureHit(Object value) {
        return new Hit(CompletableFuture.completedFuture(value));
    }

    private Object deliverOrStale(FunctionCache cache, Object key, Stored stored) {
        try {
            return kind.deliver(stored);
        } catch (EntryKind.StaleEntryException e) {
            return dropStale(cache, key, e);
        }
    }

    private Object dropStale(FunctionCache cache, Object key, EntryKind.StaleEntryException e) {
        if (!e.reportedByStore()) {
            reporter.once("stale " + descriptor.functionKey() + " " + e.getMessage(),
                    Messages.staleEntry(descriptor.describedName(), e.getMessage()));
        }
        cache.drop(key, Explanation.Cause.DAMAGED, e.explanation());
        return STALE;
    }
}
