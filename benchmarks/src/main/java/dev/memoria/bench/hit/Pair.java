package dev.memoria.bench.hit;

import java.io.Serializable;

/** The small value every contender of the hit benchmark returns. */
public record Pair(int key, long value) implements Serializable {

    /** What one pair holds on a 64-bit JVM with compressed pointers: a 12-byte header, an int and a long. */
    public static final int BYTES = 24;

    /** The "computation" behind every cache: trivial, so the benchmark measures the caches, not the body. */
    public static Pair of(int key) {
        return new Pair(key, key * 31L);
    }
}
