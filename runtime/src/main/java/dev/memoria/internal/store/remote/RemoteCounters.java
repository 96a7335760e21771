package dev.memoria.internal.store.remote;

import java.util.concurrent.atomic.LongAdder;

/** What one method version's shared tier counted in this JVM, for {@code Memoria.stats()} and {@code /metrics}. */
public final class RemoteCounters {

    final LongAdder hits = new LongAdder();
    final LongAdder misses = new LongAdder();
    final LongAdder bytesRead = new LongAdder();
    final LongAdder bytesWritten = new LongAdder();
    final LongAdder errors = new LongAdder();
    final LongAdder waitNanos = new LongAdder();

    /** Lookups the shared store answered. */
    public long hits() {
        return hits.sum();
    }

    /** Lookups it could not answer: no entry, a bad one, or a store that was down. */
    public long misses() {
        return misses.sum();
    }

    /** Payload bytes read from and written to the store. */
    public long bytes() {
        return bytesRead.sum() + bytesWritten.sum();
    }

    /** Bad entries found (dropped and recomputed). */
    public long errors() {
        return errors.sum();
    }

    /** Time spent waiting for other JVMs' computations, in nanoseconds. */
    public long waitNanos() {
        return waitNanos.sum();
    }
}
