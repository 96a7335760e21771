package dev.memoria.bench.remote;

import dev.memoria.CacheData;
import dev.memoria.Persist;

/** Values kept in the shared store; {@link #computed} tells a remote hit from a recompute. */
final class RemoteValue {

    static volatile boolean computed;

    private RemoteValue() {
    }

    /** {@code size} bytes, different for each {@code index}: one entry per call of a run. */
    @CacheData(persist = Persist.REMOTE, showSpinner = false)
    static byte[] bytes(int size, int index) {
        computed = true;
        return contents(size, index);
    }

    /** The value's contents, also what the raw keys hold. */
    static byte[] contents(int size, int index) {
        byte[] value = new byte[size];
        for (int i = 0; i < size; i++) {
            value[i] = (byte) (i * 31 + index);
        }
        return value;
    }

    /** Spot checks: a wrong or truncated read-back fails the run instead of being timed. */
    static void check(byte[] value, int size, int index) {
        if (value == null || value.length != size || value[size / 3] != (byte) ((size / 3) * 31 + index)
            || value[size - 1] != (byte) ((size - 1) * 31 + index)) {
            throw new IllegalStateException("the value read back is not the value stored");
        }
    }
}
