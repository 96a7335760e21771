package dev.memoria.bench.hit;

import java.io.Serializable;

/** The small value every contender of the hit benchmark returns. */
public record Pair(int key, long value) implements Serializable {

    /** The "computation" behind every cache: trivial, so the benchmark measures the caches, not the body. */
    public static Pair of(int key) {
        return new Pair(key, key * 31L);
    }
}
