package dev.memoria.internal.store.remote;

import dev.memoria.CacheStats;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/** What one method version's shared tier counted in this JVM, for {@code Memoria.stats()} and {@code /metrics}. */
final class RemoteCounters {

    final LongAdder hits = new LongAdder();
    final LongAdder misses = new LongAdder();
    final LongAdder bytesRead = new LongAdder();
    final LongAdder bytesWritten = new LongAdder();
    final LongAdder errors = new LongAdder();
    final LongAdder waitNanos = new LongAdder();

    CacheStats.Remote snapshot() {
        return new CacheStats.Remote(hits.sum(), misses.sum(), bytesRead.sum() + bytesWritten.sum(), errors.sum(),
                TimeUnit.NANOSECONDS.toMillis(waitNanos.sum()));
    }
}
