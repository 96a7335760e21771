package dev.memoria.internal.store;

/** A value as a {@link Store} keeps it. */
public interface Stored {

    /** The bytes this entry counts against a size bound. */
    long weight();

    /** Called once when the entry leaves the store: expiry, eviction, replacement or clear. */
    void released();
}
