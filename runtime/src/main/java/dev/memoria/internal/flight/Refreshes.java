package dev.memoria.internal.flight;

import dev.memoria.internal.time.Clock;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The background refreshes of one cached function ({@code refresh = BACKGROUND}): at most one per key at a time, and
 * none for {@link #COOLDOWN_MILLIS} after one failed, so a failing source is not hammered by every stale hit
 * (Streamlit's rule).
 */
public final class Refreshes {

    /** How long after a failed refresh of a key the next one may start: Streamlit's 60 seconds. */
    public static final long COOLDOWN_MILLIS = 60_000;

    /** The refreshes under way, by key: each claim is its own object, so a late end only ends its own claim. */
    private final Map<Object, Object> running = new ConcurrentHashMap<>();
    private final Map<Object, Long> failedAt = new ConcurrentHashMap<>();
    private final Clock clock;

    /** @param clock the engine's: cooldowns follow its time */
    public Refreshes(Clock clock) {
        this.clock = clock;
    }

    /**
     * Claims the refresh of {@code key}.
     *
     * @return the claim, to hand to {@link #ended}; {@code null} when one runs, or a failed one is cooling down
     */
    public Object tryStart(Object key) {
        Long failed = failedAt.get(key);
        if (failed != null && clock.currentTimeMillis() - failed < COOLDOWN_MILLIS) {
            return null;
        }
        Object claim = new Object();
        return running.putIfAbsent(key, claim) == null ? claim : null;
    }

    /**
     * Ends a claimed refresh; a failure starts the cooldown of its key. A refresh that ends after a {@link #clear}
     * neither ends a newer claim of its key nor starts a cooldown.
     */
    public void ended(Object key, Object claim, boolean failed) {
        if (!running.remove(key, claim)) {
            return;
        }
        if (failed) {
            failedAt.put(key, clock.currentTimeMillis());
        } else {
            failedAt.remove(key);
        }
    }

    /** Gives up a claim whose refresh was not started: no cooldown begins, and one that runs is not ended. */
    public void abandon(Object key, Object claim) {
        running.remove(key, claim);
    }

    /**
     * Forgets cooldowns and claims: after a clear the keys start over, and a refresh still running for the cleared
     * entries (its value is discarded) does not hold back the refresh of a new one.
     */
    public void clear() {
        failedAt.clear();
        running.clear();
    }
}
