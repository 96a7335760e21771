package dev.memoria.internal.replay;

import dev.memoria.internal.cache.Caches;
import dev.memoria.internal.report.CacheMetrics;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bindings the agent installed, by toolkit name; a toolkit is bound once its classes load. A binding is started
 * the first time one of its runs is seen (never while the toolkit's classes are still being defined): from then on,
 * the caches of a session that ends are dropped with it, and the toolkit's metrics page shows the caches.
 */
public final class ReplayBindings {

    private static final Map<String, ReplayBinding> BY_TOOLKIT = new ConcurrentHashMap<>();
    private static final Set<ReplayBinding> STARTED = ConcurrentHashMap.newKeySet();

    private ReplayBindings() {
    }

    /** Installs {@code binding}; a later binding of the same toolkit (another class loader) replaces it. */
    public static void install(ReplayBinding binding) {
        BY_TOOLKIT.put(binding.toolkit(), binding);
    }

    /** The binding of {@code toolkit}, or {@code null} when that toolkit is not loaded in this JVM. */
    static ReplayBinding of(String toolkit) {
        ReplayBinding binding = BY_TOOLKIT.get(toolkit);
        if (binding != null && !STARTED.contains(binding)) {
            start(binding);
        }
        return binding;
    }

    /** The binding whose UI run the calling thread works in, or {@code null}. */
    public static ReplayBinding here() {
        for (String toolkit : BY_TOOLKIT.keySet()) {
            ReplayBinding binding = of(toolkit);
            if (binding != null && binding.activeTarget() != null) {
                return binding;
            }
        }
        return null;
    }

    private static void start(ReplayBinding binding) {
        if (STARTED.add(binding)) {
            binding.onSessionEnd(Caches::endSession);
            binding.addMetrics(CacheMetrics::openMetrics);
        }
    }
}
