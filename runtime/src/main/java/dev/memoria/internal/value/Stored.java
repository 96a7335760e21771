package dev.memoria.internal.value;

/** A value as a {@link Store} keeps it. */
public interface Stored {

    /** The bytes this entry counts against a size bound. */
    long weight();

    /**
     * When the value was computed (wall clock). Expiry counts from here, also for an entry that was read back from
     * disk after a restart.
     */
    long writtenAtMillis();

    /** Called once when the entry leaves the store: expiry, eviction, replacement or clear. */
    void released();
}
