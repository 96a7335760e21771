package dev.memoria.bench.hit;

import java.util.List;

/**
 * A small record a caller could change (its list is mutable), so a {@code @CacheData} hit must copy it: the value of
 * the copying contenders.
 */
public record Sample(int key, String label, List<Integer> values) {

    public static Sample of(int key) {
        return new Sample(key, "sample-" + key, new java.util.ArrayList<>(List.of(key, key + 1, key + 2)));
    }
}
