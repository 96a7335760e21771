package dev.memoria.internal.call;

/**
 * What {@link Site#enter} returns when the cache answers: the rewritten method skips its body (the advice tests
 * {@code instanceof Hit}) and returns {@link #value}.
 */
public final class Hit {

    final Object value;

    Hit(Object value) {
        this.value = value;
    }
}
