package dev.memoria.internal.time;

import java.util.function.LongSupplier;

/**
 * The monotonic clock behind TTLs. Tests replace it to move time forward without sleeping, as Caffeine's own tests
 * do with a fake ticker; production code never does.
 */
public final class Clock {

    private static volatile LongSupplier source = System::nanoTime;

    private Clock() {
    }

    /** Nanoseconds from an arbitrary origin; only differences are meaningful. */
    public static long nanoTime() {
        return source.getAsLong();
    }

    /** Replaces the time source, for tests. */
    public static void useForTesting(LongSupplier nanoTime) {
        source = nanoTime;
    }

    /** Restores the system clock. */
    public static void reset() {
        source = System::nanoTime;
    }
}
