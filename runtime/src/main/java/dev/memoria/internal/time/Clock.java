package dev.memoria.internal.time;

import java.util.function.LongSupplier;

/**
 * The clocks behind TTLs of one engine: a monotonic one for entries in memory, and wall-clock time for entries on
 * disk, whose age must survive a restart. Each engine owns one and hands it to its caches and stores; a test moves
 * its engine's time forward without sleeping (as Caffeine's own tests do with a fake ticker), and no other engine in
 * the JVM sees it.
 */
public final class Clock {

    // null for the system clocks: method references here would spin two classes on every engine's start
    private volatile LongSupplier nanos;
    private volatile LongSupplier millis;

    /** The system clocks, until a test replaces them. */
    public Clock() {
    }

    /** A clock that follows {@code nanoTime}, for tests; see {@link #useForTesting}. */
    public static Clock following(LongSupplier nanoTime) {
        Clock clock = new Clock();
        clock.useForTesting(nanoTime);
        return clock;
    }

    /** Nanoseconds from an arbitrary origin; only differences are meaningful. */
    public long nanoTime() {
        LongSupplier source = nanos;
        return source == null ? System.nanoTime() : source.getAsLong();
    }

    /** Milliseconds since the epoch. */
    public long currentTimeMillis() {
        LongSupplier source = millis;
        return source == null ? System.currentTimeMillis() : source.getAsLong();
    }

    /**
     * Replaces the time source, for tests: both clocks then follow {@code nanoTime}, the wall clock starting from the
     * real time of this call.
     */
    public void useForTesting(LongSupplier nanoTime) {
        long wallAtStart = System.currentTimeMillis();
        long nanosAtStart = nanoTime.getAsLong();
        nanos = nanoTime;
        millis = () -> wallAtStart + (nanoTime.getAsLong() - nanosAtStart) / 1_000_000;
    }

    /** Restores the system clocks. */
    public void reset() {
        nanos = null;
        millis = null;
    }
}
