package dev.memoria.internal.replay;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The bindings the agent installed, by toolkit name; a toolkit is bound once its classes load. */
public final class ReplayBindings {

    private static final Map<String, ReplayBinding> BY_TOOLKIT = new ConcurrentHashMap<>();

    private ReplayBindings() {
    }

    /** Installs {@code binding}; a later binding of the same toolkit (another class loader) replaces it. */
    public static void install(ReplayBinding binding) {
        BY_TOOLKIT.put(binding.toolkit(), binding);
    }

    /** The binding of {@code toolkit}, or {@code null} when that toolkit is not loaded in this JVM. */
    static ReplayBinding of(String toolkit) {
        return BY_TOOLKIT.get(toolkit);
    }
}
