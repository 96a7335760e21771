package dev.memoria;

/** Where {@link CacheData} entries are kept. */
public enum Persist {
    /** In memory only: entries end with the JVM. */
    NONE,
    /** In the cache directory: entries survive JVM restarts. */
    DISK
}
