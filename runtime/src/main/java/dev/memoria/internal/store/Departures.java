package dev.memoria.internal.store;

import dev.memoria.internal.value.Stored;

/**
 * Told when an entry leaves a memory tier, or a tier below memory drops one as damaged, so a cache can later explain a
 * miss of its key. Called on the thread that removes the entry, outside the hit path: expiry and eviction are noticed
 * by writes and clean-ups, damage by the read that found it.
 */
@FunctionalInterface
public interface Departures {

    /** Why an entry left. */
    enum Reason {
        /** It outlived the ttl. */
        EXPIRED,
        /** The store's own bound ({@code maxEntries} or {@code maxSize}) evicted it. */
        BOUND,
        /** The JVM's memory budget evicted it. */
        BUDGET,
        /** Someone removed it: a clear, a failed validation, a damaged entry. */
        REMOVED
    }

    /** Tells no one. Not a lambda: every memory tier starts with it, on the JVM's first cached call. */
    Departures NONE = new Departures() {
        @Override
        public void departed(Object key, Reason reason, Stored value) {
        }
    };

    void departed(Object key, Reason reason, Stored value);

    /**
     * A tier below memory read the entry of {@code key} (the memory tier's key), found it damaged and dropped it.
     *
     * @param what what was wrong, as {@code explain} names it: never the payload or the secret
     */
    default void damaged(Object key, String what) {
    }
}
