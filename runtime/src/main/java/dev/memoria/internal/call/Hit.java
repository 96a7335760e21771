package dev.memoria.internal.call;

/**
 * What {@link Site#enter} returns when the cache answers: the rewritten method skips its body (the advice tests
 * {@code instanceof Hit}) and returns {@link #value}. An entry that hands every caller the same object is its own
 * hit ({@link Resource}), so such a hit allocates nothing.
 */
public class Hit {

    final Object value;

    Hit(Object value) {
        this.value = value;
    }
}
