package dev.memoria;

/**
 * A handle to one cached method, from {@link Memoria#function}. It covers every code version and configuration of the
 * method that has a cache in this JVM.
 */
public interface CachedFunction {

    /** The method, e.g. {@code example.Reports.load(int)}. */
    String name();

    /** Drops every entry of the method, in memory and on disk. */
    void clear();

    /**
     * Drops the entry for these arguments only, computing its key exactly as a call would. For an instance method,
     * pass the receiver first: {@code clear(reports, 2024)} clears what {@code reports.load(2024)} stored. Clearing
     * arguments that have no entry does nothing.
     *
     * @throws IllegalArgumentException when the arguments do not fit the method's parameters
     */
    void clear(Object... args);

    /**
     * Why a call with these arguments would hit or miss now, without calling the method: a hit, or the cause of the
     * miss (never computed, and which parameters differ from the closest entry; expired; evicted; cleared; dropped;
     * a new code version, with what changed; another UI session; other widget values). Pass the arguments as to
     * {@link #clear(Object...)}, the receiver first for an instance method. See {@code docs/explain.md}.
     *
     * @throws IllegalArgumentException when the arguments do not fit the method's parameters
     */
    Explanation explain(Object... args);

    /** Statistics of the method, summed over its code versions. */
    CacheStats stats();
}
