package dev.memoria.it.disk.apps;

import dev.memoria.CacheResource;

/**
 * {@code @CacheResource(offHeap = true)} on a method that returns a {@code byte[]}, not a {@code java.nio} buffer: a
 * configuration error, reported when this class loads, that is, before {@link #main} prints {@code first call} on
 * stderr. The method then runs uncached: {@code ran raw:4} twice.
 */
public final class RawBytes {

    private RawBytes() {
    }

    public static void main(String[] args) {
        System.err.println("first call");
        raw(4);
        raw(4);
    }

    @CacheResource(offHeap = true)
    static byte[] raw(int size) {
        System.out.println("ran raw:" + size);
        return new byte[size];
    }
}
