package dev.memoria.internal.value;

import dev.memoria.internal.recording.Recording;

/** A value as a {@link dev.memoria.internal.store.Store} keeps it (named, not imported: stores sit above values). */
public interface Stored {

    /** The bytes this entry counts against a size bound. */
    long weight();

    /**
     * The bytes of {@link #weight()} that live on the Java heap, which is what the memory budget bounds: a value whose
     * large arrays are regions of a memory-mapped file costs the heap only its main stream.
     */
    default long heapBytes() {
        return weight();
    }

    /**
     * When the value was computed (wall clock). Expiry counts from here, also for an entry that was read back from
     * disk after a restart.
     */
    long writtenAtMillis();

    /** The UI calls the computation made, replayed on every hit. */
    default Recording recording() {
        return Recording.NONE;
    }

    /** Called once when the entry leaves the store: expiry, eviction, replacement or clear. */
    void released();
}
