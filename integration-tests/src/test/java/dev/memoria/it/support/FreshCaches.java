package dev.memoria.it.support;

import dev.memoria.internal.call.Engine;
import dev.memoria.Memoria;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts and ends every test with empty caches, the system clock and zeroed body counters, so tests never see each
 * other's entries. Statistics counters (hits, misses) are cumulative per method by design and are not reset: tests
 * that assert them use fixtures no other test calls, or compare before and after.
 */
public final class FreshCaches implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        reset();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        reset();
    }

    private static void reset() {
        Engine.jvm().clock().reset();
        Memoria.clearAll();
        Calls.resetAll();
    }
}
