package dev.memoria.internal.call;

import dev.memoria.internal.cache.FunctionCache;
import dev.memoria.internal.flight.Flight;
import dev.memoria.internal.key.Key;
import dev.memoria.internal.replay.Recorder;
import dev.memoria.internal.replay.Recording;
import dev.memoria.internal.report.Progress;
import dev.memoria.internal.value.Stored;

/** A call whose body runs: on exit, its result is stored and shared with the callers that waited for it. */
final class Miss {

    private final CachingSite site;
    private final FunctionCache cache;
    private final Key key;
    private final Flight flight;
    private final Object receiver;
    private final long generation;
    private final Progress progress;

    /**
     * Starts recording the UI calls of the computation; {@link #finish} ends it.
     *
     * @param flight the computation this call owns, or {@code null} when it computes alone (outside single-flight)
     */
    Miss(CachingSite site, FunctionCache cache, Key key, Flight flight, Object receiver, Progress progress) {
        this.site = site;
        this.cache = cache;
        this.key = key;
        this.flight = flight;
        this.receiver = receiver;
        this.generation = cache.generation();
        this.progress = progress;
        Recorder.begin();
    }

    Object finish(Object returned, Throwable thrown) {
        Recording calls = Recorder.end();
        progress.close();
        site.computationEnded();
        boolean landed = false;
        try {
            if (thrown != null) {
                return returned;
            }
            Stored stored = site.kind().capture(returned, receiver, cache.store().spill(), calls);
            cache.store(key, stored, generation);
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
}
