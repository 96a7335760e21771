package dev.memoria.bench.memory;

/** A small value of the kind a {@code @CacheData} method returns by the thousand: an id, a label and a number. */
public record SmallRow(long id, String label, double value) {

    static SmallRow of(int k) {
        return new SmallRow(k, "row-" + k, k * 0.25);
    }
}
