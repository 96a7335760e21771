package dev.memoria.internal.call;

import dev.memoria.internal.cache.FunctionCache;
import dev.memoria.internal.copy.CopyLimitException;
import dev.memoria.internal.flight.Flight;
import dev.memoria.internal.replay.Recorded;
import dev.memoria.internal.replay.Recorder;
import dev.memoria.internal.report.Messages;
import dev.memoria.internal.report.Progress;
import dev.memoria.internal.value.Stored;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A call whose body runs: on exit, its result is stored and shared with the callers that waited for it. The result
 * of an asynchronous method is its future's value, stored when the future completes.
 */
final class Miss {

    private final CachingSite site;
    private final FunctionCache cache;
    private final Object argumentsKey;
    private final Object key;
    private final Flight flight;
    private final Object receiver;
    /** The call's arguments, or {@code null} for a method of one argument called without an array. */
    private final Object[] args;
    private final long generation;
    private final Progress progress;

    /**
     * Starts recording the UI calls of the computation; {@link #finish} ends it.
     *
     * @param argumentsKey the key of the call's arguments
     * @param key          the key looked up and computed: {@code argumentsKey}, completed by widget values when the
     *                     method allows widgets
     * @param flight       the computation this call owns, or {@code null} when it computes alone (outside
     *                     single-flight)
     */
    Miss(CachingSite site, FunctionCache cache, Object argumentsKey, Object key, Flight flight, Object receiver,
         Object[] args, Progress progress) {
        this(site, cache, argumentsKey, key, flight, receiver, args, progress, cache.generation());
    }

    /**
     * @param generation the cache's generation when the computation was decided on: a clear since then discards its
     *                   value
     */
    Miss(CachingSite site, FunctionCache cache, Object argumentsKey, Object key, Flight flight, Object receiver,
         Object[] args, Progress progress, long generation) {
        this.args = args;
        this.site = site;
        this.cache = cache;
        this.argumentsKey = argumentsKey;
        this.key = key;
        this.flight = flight;
        this.receiver = receiver;
        this.generation = generation;
        this.progress = progress;
        Recorder.begin(site.descriptor().displayName(), site.annotation(), site.descriptor().spec().allowWidgets(),
                site.reporter());
    }

    Object finish(Object returned, Throwable thrown) {
        // UI calls are recorded on the calling thread only, so an asynchronous body's recording ends when it returns.
        Recorded recorded = Recorder.end();
        site.computationEnded();
        if (thrown == null && site.isAsync()) {
            return finishWhenComplete(returned, recorded);
        }
        progress.close();
        try {
            if (thrown != null) {
                failed(thrown); // exceptions are never cached
                return returned;
            }
            return land(returned, recorded);
        } catch (CopyLimitException tooLarge) {
            // plain data this JVM cannot copy: the caller keeps its value, only the entry is lost
            failed(tooLarge);
            site.reporter().once("copy limit " + site.descriptor().functionKey(),
                    Messages.notCachedTooLarge(site.descriptor().describedName(), tooLarge.getMessage()));
            return returned;
        } catch (RuntimeException e) {
            failed(e);
            if (!CallFailures.runUncached(site.descriptor(), e, site.reporter())) {
                throw e;
            }
            return returned; // the value could not be stored: the caller still gets it, uncached
        } catch (Error e) {
            failed(e);
            throw e;
        }
    }

    /**
     * Stores the future's value once it completes, and gives the caller a future of its own that completes with it:
     * never the body's, which every waiter depends on. A failed or cancelled future is not stored.
     */
    private Object finishWhenComplete(Object returned, Recorded recorded) {
        if (returned == null) {
            progress.close();
            failed(new NullPointerException(Messages.nullFuture(site.descriptor().displayName())));
            return null;
        }
        if (flight != null) {
            flight.handOff();
        }
        CompletableFuture<Object> caller = new CompletableFuture<>();
        ((CompletionStage<?>) returned).whenComplete((value, error) -> {
            progress.close();
            if (error != null) {
                failed(error);
                caller.completeExceptionally(error);
                return;
            }
            try {
                caller.complete(land(value, recorded));
            } catch (RuntimeException | Error e) {
                failed(e);
                caller.completeExceptionally(e);
            }
        });
        return caller;
    }

    /** Stores the value and shares it with the waiters; returns what the computing caller gets. */
    private Object land(Object value, Recorded recorded) {
        if (site.refreshesInBackground() && !recorded.recording().isEmpty()) {
            site.reporter().once("background elements " + site.descriptor().functionKey(),
                    Messages.elementsInBackgroundRefresh(site.descriptor().displayName()));
        }
        Stored stored = site.kind().capture(value, receiver, cache.store().spill(), recorded.recording());
        cache.store(storeKey(recorded), stored, generation, cache.keys().parts(receiver, args, argumentsKey));
        cache.settled(key);
        if (flight != null) {
            flight.land(stored);
            cache.flights().finish(key, flight);
        }
        return site.kind().handBack(value, stored);
    }

    private void failed(Throwable cause) {
        cache.settled(key); // exceptions are never stored: other JVMs stop waiting and compute
        if (flight != null) {
            flight.fail(cause);
            cache.flights().finish(key, flight);
        }
    }

    /** Widgets read while computing complete the key; the set read can be wider than the one looked up. */
    private Object storeKey(Recorded recorded) {
        return cache.widgetKeys() == null ? key : cache.widgetKeys().storeKey(argumentsKey, recorded.widgets());
    }
}
