package dev.memoria.internal.session;

/**
 * The UI session a thread works for, which {@code scope = SESSION} caches are keyed by. A UI binding marks the
 * threads that run a session's app code, and tells the cache registry when a session ends; Memoria itself starts no
 * sessions.
 */
public final class Sessions {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private Sessions() {
    }

    /** Marks the calling thread as working for {@code sessionId} until the returned scope is closed. */
    public static Bound bind(String sessionId) {
        String previous = CURRENT.get();
        CURRENT.set(sessionId);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** The session the calling thread works for, or {@code null}. */
    public static String current() {
        return CURRENT.get();
    }

    /** The binding of a thread to a session; closing restores the previous binding. */
    @FunctionalInterface
    public interface Bound extends AutoCloseable {
        @Override
        void close();
    }
}
