package dev.memoria;

/** When a cached entry whose {@code ttl} has passed is computed again. */
public enum Refresh {
    /** The first call after the {@code ttl} computes the value again, and waits for it (Streamlit's default). */
    FOREGROUND,
    /**
     * Stale-while-revalidate (Streamlit's {@code refresh_mode="background"}): for {@code maxStale} after the
     * {@code ttl}, a call gets the stale value at once and one background computation per key replaces it. Requires a
     * {@code ttl}.
     */
    BACKGROUND
}
