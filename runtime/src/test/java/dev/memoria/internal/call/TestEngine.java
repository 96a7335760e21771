package dev.memoria.internal.call;

import dev.memoria.internal.report.Reporter;
import dev.memoria.internal.store.MemoryBudget;
import dev.memoria.internal.store.MemoryStore;
import dev.memoria.internal.store.Store;
import dev.memoria.internal.time.Clock;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An engine of one test's own, built as the JVM's is but with fakes: a clock only the test moves, a reporter only it
 * reads (it prints to {@code System.err}, which the test may capture) and memory stores it can reach, one per method.
 * Two of them in one JVM share no time, no warnings and no entries.
 */
final class TestEngine {

    private final AtomicLong now = new AtomicLong();
    private final Clock clock = Clock.following(now::get);
    private final Reporter reporter = new Reporter();
    /** The stores the engine opened, by method name, so a test can plant or inspect entries. */
    private final Map<String, Store<Object>> stores = new ConcurrentHashMap<>();
    private final Engine engine;

    TestEngine() {
        MemoryBudget budget = MemoryBudget.fromSettings(reporter);
        engine = new Engine(clock, reporter, (descriptor, digests) -> stores.computeIfAbsent(descriptor.method(),
                method -> new MemoryStore(descriptor.spec(), descriptor.displayName(), budget, clock)));
    }

    Engine engine() {
        return engine;
    }

    /** This engine's time, which only {@link #advance} moves. */
    Clock clock() {
        return clock;
    }

    /** What this engine reported, oldest first. */
    Reporter reporter() {
        return reporter;
    }

    /** The store of {@code method}, once a site of it was bound. */
    Store<Object> store(String method) {
        return stores.get(method);
    }

    /** Moves this engine's time forward, and no other's. */
    void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }
}
