package dev.memoria.internal.time;

import java.util.function.LongSupplier;

/**
 * The clocks behind TTLs: a monotonic one for entries in memory, and wall-clock time for entries on disk, whose age
 * must survive a restart. Tests replace both with one fake source to move time forward without sleeping, as
 * Caffeine's own tests do with a fake ticker; production code never does.
 */
public final class Clock {

    private static volatile LongSupplier nanos = System::nanoTime;
    private static volatile LongSupplier millis = System::currentTimeMillis;

    private Clock() {
    }

    /** Nanoseconds from an arbitrary origin; only differences are meaningful. */
    public static long nanoTime() {
        return nanos.getAsLong();
    }

    /** Milliseconds since the epoch. */
    public static long currentTimeMillis() {
        return millis.getAsLong();
    }

    /**
     * Replaces the time source, for tests: both clocks then follow {@code nanoTime}, the wall clock starting from the
     * real time of this call.
     */
    public static void useForTesting(LongSupplier nanoTime) {
        long wallAtStart = System.currentTimeMillis();
        long nanosAtStart = nanoTime.getAsLong();
        nanos = nanoTime;
        millis = () -> wallAtStart + (nanoTime.getAsLong() - nanosAtStart) / 1_000_000;
    }

    /** Restores the system clocks. */
    public static void reset() {
        nanos = System::nanoTime;
        millis = System::currentTimeMillis;
    }
}
