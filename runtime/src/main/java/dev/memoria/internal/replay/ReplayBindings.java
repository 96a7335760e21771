package dev.memoria.internal.replay;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The bindings the agent installed, by toolkit name; a toolkit is bound once its classes load. A binding is started
 * the first time one of its runs is seen (never while the toolkit's classes are still being defined): then what its
 * installer asked for at start runs once (the engine drops a session's caches when it ends, and shows the caches on
 * the toolkit's metrics page). Replay knows nothing of caches: that wiring is passed in from above.
 */
public final class ReplayBindings {

    // the agent installs a binding when the JVM loads a toolkit's classes, once per JVM and before any engine asks
    private static final Map<String, ReplayBinding> BY_TOOLKIT = new ConcurrentHashMap<>();
    /** Bindings not started yet, with what to do when they start. */
    private static final Map<ReplayBinding, Consumer<ReplayBinding>> NOT_STARTED = new ConcurrentHashMap<>();

    private ReplayBindings() {
    }

    /**
     * Installs {@code binding}; a later binding of the same toolkit (another class loader) replaces it.
     *
     * @param onStart what to do once, when the binding is first used
     */
    public static void install(ReplayBinding binding, Consumer<ReplayBinding> onStart) {
        NOT_STARTED.put(binding, onStart);
        BY_TOOLKIT.put(binding.toolkit(), binding);
    }

    /** The binding of {@code toolkit}, or {@code null} when that toolkit is not loaded in this JVM. */
    static ReplayBinding of(String toolkit) {
        ReplayBinding binding = BY_TOOLKIT.get(toolkit);
        if (binding != null && !NOT_STARTED.isEmpty()) {
            Consumer<ReplayBinding> onStart = NOT_STARTED.remove(binding);
            if (onStart != null) {
                onStart.accept(binding);
            }
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
}
