package dev.memoria.internal.call;

import dev.memoria.internal.cache.FunctionCache;
import dev.memoria.internal.copy.CopyLimitException;
import dev.memoria.internal.flight.Flight;
import dev.memoria.internal.replay.Recorded;
import dev.memoria.internal.replay.Recorder;
import dev.memoria.internal.report.Progress;
import dev.memoria.internal.report.Reporter;
import dev.memoria.internal.value.Stored;

/** A call whose body runs: on exit, its result is stored and shared with the callers that waited for it. */
final class Miss {

    private final CachingSite site;
    private final FunctionCache cache;
    private final Object argumentsKey;
    private final Object key;
    private final Flight flight;
    private final Object receiver;
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
         Progress progress) {
        this.site = site;
        this.cache = cache;
        this.argumentsKey = argumentsKey;
        this.key = key;
        this.flight = flight;
        this.receiver = receiver;
        this.generation = cache.generation();
        this.progress = progress;
        Recorder.begin(site.descriptor().displayName(), site.annotation(), site.descriptor().spec().allowWidgets());
    }

    Object finish(Object returned, Throwable thrown) {
        Recorded recorded = Recorder.end();
        progress.close();
        site.computationEnded();
        boolean landed = false;
        try {
            if (thrown != null) {
                return returned;
            }
            Stored stored;
            try {
                stored = site.kind().capture(returned, receiver, cache.store().spill(), recorded.recording());
                cache.store(storeKey(recorded), stored, generation);
            } catch (CopyLimitException tooLarge) {
                // plain data this JVM cannot copy: the caller keeps its value, only the entry is lost
                Reporter.once("copy limit " + site.descriptor().functionKey(), "The value "
                        + site.descriptor().describedName() + " returned was not cached: " + tooLarge.getMessage()
                        + ". Each call computes it again.");
                return returned;
            } catch (RuntimeException e) {
                if (!CallFailures.runUncached(site.descriptor(), e)) {
                    throw e;
                }
                return returned; // the value could not be stored: the caller still gets it, uncached
            }
            if (flight != null) {
                flight.land(stored);
            }
            landed = true;
            return site.kind().handBack(returned, stored);
        } finally {
            if (flight != null) {
                if (!landed) {
                    flight.abort(); // exceptions are never cached: waiters try again
                }
                cache.flights().finish(key, flight);
            }
        }
    }

    /** Widgets read while computing complete the key; the set read can be wider than the one looked up. */
    private Object storeKey(Recorded recorded) {
        return cache.widgetKeys() == null ? key : cache.widgetKeys().storeKey(argumentsKey, recorded.widgets());
    }
}
