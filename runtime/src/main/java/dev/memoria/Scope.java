package dev.memoria;

/** Who shares a cache. */
public enum Scope {
    /** One cache for the whole JVM. */
    GLOBAL,
    /** One cache per UI session, dropped when the session ends. */
    SESSION
}
