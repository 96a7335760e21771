package dev.memoria.internal.value;

/**
 * An object a memory tier holds in its map directly, carrying the tier's coldness stamp itself: a hit then reads
 * one object where it would read a wrapper and the value behind it. The entries Memoria makes extend it; a tier
 * wraps any other {@link Stored}.
 */
public abstract class Stamped {

    /** The tier's write count when the entry was last read or written. Plain: a lost update only blurs one tick. */
    private int used;

    protected Stamped() {
    }

    public final int used() {
        return used;
    }

    /** Sets the stamp, writing only when it changes, so that a hot entry's line is not written on every read. */
    public final void use(int now) {
        if (used != now) {
            used = now;
        }
    }
}
