package dev.memoria.it.keys;

import dev.memoria.CacheData;
import dev.memoria.it.support.Calls;

/** One cached method that takes anything: whether its body runs tells whether two arguments make the same key. */
final class ArgumentFixtures {

    static final Calls CALLS = new Calls();

    private ArgumentFixtures() {
    }

    @CacheData
    static int seen(Object value) {
        return CALLS.record("seen", value);
    }

    enum Color { RED, GREEN }

    enum Light { RED }

    record Point(int x, int y) {
    }

    record Size(int x, int y) {
    }

    /** A table row, standing in for a DataFrame row. */
    record Row(String name, long count, double share) {
    }

    /** The same row with one more column. */
    record WideRow(String name, long count, double share, String comment) {
    }
}
