package dev.memoria.internal.flight;

import dev.memoria.internal.time.Clock;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The background refreshes of one cached function ({@code refresh = BACKGROUND}): at most one per key at a time, and
 * none for {@link #COOLDOWN_MILLIS} after one failed, so a failing source is not hammered by every stale hit
 * (Streamlit's rule).
 */
public final class Refreshes {

    /** How long after a failed refresh of a key the next one may start: Streamlit's 60 seconds. */
    public static final long COOLDOWN_MILLIS = 60_000;

    private final Set<Object> running = ConcurrentHashMap.newKeySet();
    private final Map<Object, Long> failedAt = new ConcurrentHashMap<>();

    /** Claims the refresh of {@code key}; {@code false} when one runs, or a failed one is cooling down. */
    public boolean tryStart(Object key) {
        Long failed = failedAt.get(key);
        if (failed != null && Clock.currentTimeMillis() - failed < COOLDOWN_MILLIS) {
            return false;
        }
        return running.add(key);
    }

    /** Ends a claimed refresh; a failure starts the cooldown of its key. */
    public void ended(Object key, boolean failed) {
        if (failed) {
            failedAt.put(key, Clock.currentTimeMillis());
        } else {
            failedAt.remove(key);
        }
        running.remove(key);
    }

    /** Forgets cooldowns: after a clear, the keys start over. */
    public void clear() {
        failedAt.clear();
    }
}
