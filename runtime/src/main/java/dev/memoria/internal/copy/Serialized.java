package dev.memoria.internal.copy;

import dev.memoria.internal.store.Stored;

/**
 * A {@code @CacheData} value in serialized form: a small main stream plus one buffer per large primitive array, so
 * that no single array has to hold the whole value and arrays are copied in bulk. Immutable by convention: the
 * arrays are never handed out.
 */
public final class Serialized implements Stored {

    private final byte[] main;
    private final byte[][] buffers;
    private final long size;

    Serialized(byte[] main, byte[][] buffers) {
        this.main = main;
        this.buffers = buffers;
        long total = main.length;
        for (byte[] buffer : buffers) {
            total += buffer.length;
        }
        this.size = total;
    }

    byte[] main() {
        return main;
    }

    byte[][] buffers() {
        return buffers;
    }

    /** The serialized size in bytes. */
    public long size() {
        return size;
    }

    @Override
    public long weight() {
        return size;
    }

    @Override
    public void released() {
        // plain bytes: nothing to release
    }
}
