package dev.memoria.internal.engine;

import dev.memoria.internal.cache.CacheMetrics;
import dev.memoria.internal.cache.Caches;
import dev.memoria.internal.call.Engine;
import dev.memoria.internal.replay.ReplayBinding;
import dev.memoria.internal.replay.ReplayBindings;

/**
 * Binds a UI toolkit to the engine: the wiring that needs both replay and the caches, so it lives above both.
 */
public final class Toolkits {

    private Toolkits() {
    }

    /**
     * Installs the binding of a toolkit whose classes just loaded. When it is first used, a session that ends drops
     * its caches, and the toolkit's metrics page lists every cache.
     */
    public static void bind(ReplayBinding binding) {
        ReplayBindings.install(binding, started -> {
            Caches caches = Engine.jvm().caches();
            started.onSessionEnd(caches::endSession);
            started.addMetrics(() -> CacheMetrics.openMetrics(caches));
        });
    }
}
