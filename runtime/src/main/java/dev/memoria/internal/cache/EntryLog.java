package dev.memoria.internal.cache;

import dev.memoria.Explanation;
import dev.memoria.internal.policy.ByteSizes;
import dev.memoria.internal.policy.CacheSpec;
import dev.memoria.internal.store.Departures;
import dev.memoria.internal.time.Clock;
import dev.memoria.internal.value.Stored;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one function cache remembers of its recent keys, to explain a later miss: each computed key's per-parameter
 * parts (to name the parameters in which another call differs) and, once its entry left, why and when. Written on
 * misses, departures and drops (an entry found damaged by any tier, or when read back) only, never on hits. Bounded:
 * the {@value #MAX_KEYS} most recently computed or departed keys; an older key is explained as never computed.
 */
public final class EntryLog implements Departures {

    static final int MAX_KEYS = 1024;

    /** One key: its parts, and why its entry left ({@code null} while stored). */
    public record Trace(Object[] parts, Explanation.Cause left, String detail, Instant when) {
    }

    private final CacheSpec spec;
    private final Clock clock;
    private final Map<Object, Trace> traces = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Trace> eldest) {
            return size() > MAX_KEYS;
        }
    };
    /** Why this thread is removing entries now ({@link #removing}); removals without a reason are not departures. */
    private final ThreadLocal<Removal> removal = new ThreadLocal<>();

    private record Removal(Explanation.Cause cause, String detail) {
    }

    EntryLog(CacheSpec spec, Clock clock) {
        this.clock = clock;
        this.spec = spec;
    }

    /**
     * A computed value was stored under {@code key}; {@code parts} has one comparable value per hashed parameter, or
     * is {@code null} when not known (a background refresh keeps those noted before).
     */
    synchronized void computed(Object key, Object[] parts) {
        Trace known = traces.get(key);
        traces.put(key, new Trace(parts == null && known != null ? known.parts() : parts, null, "", null));
    }

    /** What is remembered of {@code key}, or {@code null}. */
    public synchronized Trace trace(Object key) {
        return traces.get(key);
    }

    /** The keys remembered as stored, with their parts: the candidates for the closest entry. */
    public synchronized List<Map.Entry<Object, Object[]>> stored() {
        List<Map.Entry<Object, Object[]>> stored = new ArrayList<>();
        traces.forEach((key, trace) -> {
            if (trace.left() == null && trace.parts() != null) {
                stored.add(Map.entry(key, trace.parts()));
            }
        });
        return stored;
    }

    /** Runs {@code work}, recording the entries it removes as gone for {@code cause}. */
    void removing(Explanation.Cause cause, String detail, Runnable work) {
        Removal outer = removal.get();
        removal.set(new Removal(cause, detail));
        try {
            work.run();
        } finally {
            if (outer == null) {
                removal.remove();
            } else {
                removal.set(outer);
            }
        }
    }

    @Override
    public void departed(Object key, Reason reason, Stored value) {
        Instant now = Instant.ofEpochMilli(clock.currentTimeMillis());
        switch (reason) {
            case EXPIRED -> left(key, Explanation.Cause.EXPIRED, "ttl = " + spec.ttl().orElseThrow(),
                    Instant.ofEpochMilli(value.writtenAtMillis() + spec.retention().orElseThrow().toMillis()));
            case BOUND -> left(key, Explanation.Cause.EVICTED, bound(), now);
            case BUDGET -> left(key, Explanation.Cause.EVICTED, "the JVM's memory budget, memoria.maxMemory", now);
            case REMOVED -> {
                Removal why = removal.get();
                if (why != null) {
                    left(key, why.cause(), why.detail(), now);
                }
            }
        }
    }

    @Override
    public void damaged(Object key, String what) {
        dropped(key, Explanation.Cause.DAMAGED, what);
    }

    /** The entry of {@code key} was dropped for {@code cause}: damaged, or refused by {@code validate}. */
    void dropped(Object key, Explanation.Cause cause, String detail) {
        left(key, cause, detail, Instant.ofEpochMilli(clock.currentTimeMillis()));
    }

    private String bound() {
        List<String> bounds = new ArrayList<>();
        spec.maxEntries().ifPresent(max -> bounds.add("maxEntries = " + max));
        spec.maxBytes().ifPresent(max -> bounds.add("maxSize = " + ByteSizes.format(max)));
        return String.join(", ", bounds);
    }

    private synchronized void left(Object key, Explanation.Cause cause, String detail, Instant when) {
        Trace known = traces.get(key);
        traces.put(key, new Trace(known == null ? null : known.parts(), cause, detail, when));
    }
}
