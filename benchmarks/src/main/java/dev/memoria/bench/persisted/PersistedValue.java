package dev.memoria.bench.persisted;

import dev.memoria.CacheData;
import dev.memoria.Persist;

/** A value of {@code mib} MiB kept on disk by Memoria; {@link #computed} tells a restart's hit from a recompute. */
final class PersistedValue {

    static volatile boolean computed;

    private PersistedValue() {
    }

    @CacheData(persist = Persist.DISK, showSpinner = false)
    static double[] value(int mib) {
        computed = true;
        return ramp(mib);
    }

    /** The value's contents, also what the plain file holds. */
    static double[] ramp(int mib) {
        double[] values = new double[mib * (1 << 20) / Double.BYTES];
        for (int i = 0; i < values.length; i++) {
            values[i] = i * 0.5;
        }
        return values;
    }

    /** Spot checks: a wrong or truncated read-back fails the run instead of being timed. */
    static void check(double[] values, int mib) {
        int length = mib * (1 << 20) / Double.BYTES;
        if (values.length != length || values[0] != 0 || values[length / 3] != (length / 3) * 0.5
            || values[length - 1] != (length - 1) * 0.5) {
            throw new IllegalStateException("the value read back is not the value stored");
        }
    }
}
