package dev.memoria;

/** Where {@link CacheData} entries are kept. */
public enum Persist {
    /** In memory only: entries end with the JVM. */
    NONE,
    /** In the cache directory: entries survive JVM restarts. */
    DISK,
    /**
     * In the memory tier and in a shared Redis or Redis Cluster store (the {@code memoria.remote} setting), so every
     * JVM running the same code shares the entries; needs {@code memoria.remote.secret}. Only with
     * {@code scope = GLOBAL}; not on {@code @CacheResource}.
     */
    REMOTE
}
