package dev.memoria.internal.flight;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which thread waits for which flight, across all cached functions. Cached methods call cached methods, so thread A
 * can wait for a key that B computes while B waits for a key that A computes; with per-key locks (Streamlit's design)
 * that is a deadlock. A waiter that finds itself at the end of such a chain stops waiting and computes alone.
 */
final class WaitGraph {

    private static final Map<Thread, Flight> WAITING = new ConcurrentHashMap<>();

    private WaitGraph() {
    }

    static void waiting(Thread waiter, Flight flight) {
        WAITING.put(waiter, flight);
    }

    static void done(Thread waiter) {
        WAITING.remove(waiter);
    }

    /** Whether {@code waiter} waiting for {@code flight} closes a chain of waits back to {@code waiter}. */
    static boolean closesCycle(Thread waiter, Flight flight) {
        Thread next = flight.owner();
        for (int hops = 0; hops <= WAITING.size(); hops++) {
            if (next == waiter) {
                return true;
            }
            if (next == null) {
                return false; // handed off: no thread runs it
            }
            Flight awaited = WAITING.get(next);
            if (awaited == null) {
                return false;
            }
            next = awaited.owner();
        }
        return false;
    }
}
