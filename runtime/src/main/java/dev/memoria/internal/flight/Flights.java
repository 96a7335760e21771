package dev.memoria.internal.flight;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The computations in progress for one cached function, at most one per key (a lookup key: equal by value). The map is only touched to start and
 * end a flight; the method body runs outside any lock, so slow and recursive computations never block the map.
 */
public final class Flights {

    private final Map<Object, Flight> inFlight = new ConcurrentHashMap<>();
    private final WaitGraph waits;

    /** @param waits the engine's wait graph, which its waiters check for cycles through every cache */
    public Flights(WaitGraph waits) {
        this.waits = waits;
    }

    /** The flight a caller joined, and whether the caller started it. */
    public record Joined(Flight flight, boolean started) {
    }

    /**
     * Joins the computation of {@code key}: either a new flight started by the calling thread, which must run the
     * body and then {@link #finish} it, or one already under way, to {@link Flight#await} (unless the calling thread
     * owns it: then the call re-enters its own computation).
     */
    public Joined join(Object key) {
        Flight mine = new Flight(waits);
        Flight existing = inFlight.putIfAbsent(key, mine);
        return existing != null ? new Joined(existing, false) : new Joined(mine, true);
    }

    /** Removes a finished flight, so that later callers look in the store again. */
    public void finish(Object key, Flight flight) {
        inFlight.remove(key, flight);
    }

    /**
     * Lets later callers start afresh instead of joining the computations now in flight (after a clear): whatever
     * those compute is not stored, and a future that never completes stops holding its key.
     */
    public void forgetAll() {
        inFlight.clear();
    }
}
