package dev.memoria.internal.flight;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which thread waits for which flight, across all cached functions. Cached methods call cached methods, so thread A
 * can wait for a key that B computes while B waits for a key that A computes; with per-key locks (Streamlit's design)
 * that is a deadlock. A waiter that finds itself at the end of such a chain stops waiting and computes alone. One
 * graph spans all the caches of an engine (their bodies call each other), so the engine owns it.
 */
public final class WaitGraph {

    private final Map<Thread, Flight> waiting = new ConcurrentHashMap<>();

    void waiting(Thread waiter, Flight flight) {
        waiting.put(waiter, flight);
    }

    void done(Thread waiter) {
        waiting.remove(waiter);
    }

    /** Whether {@code waiter} waiting for {@code flight} closes a chain of waits back to {@code waiter}. */
    boolean closesCycle(Thread waiter, Flight flight) {
        Thread next = flight.owner();
        for (int hops = 0; hops <= waiting.size(); hops++) {
            if (next == waiter) {
                return true;
            }
            if (next == null) {
                return false; // handed off: no thread runs it
            }
            Flight awaited = waiting.get(next);
            if (awaited == null) {
                return false;
            }
            next = awaited.owner();
        }
        return false;
    }
}
