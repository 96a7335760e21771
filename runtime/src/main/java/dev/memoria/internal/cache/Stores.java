package dev.memoria.internal.cache;

import dev.memoria.Persist;
import dev.memoria.internal.key.Key;
import dev.memoria.internal.policy.CacheSpec;
import dev.memoria.internal.report.Reporter;
import dev.memoria.internal.site.SiteDescriptor;
import dev.memoria.internal.store.MemoryBudget;
import dev.memoria.internal.store.MemoryStore;
import dev.memoria.internal.store.Store;
import dev.memoria.internal.time.Clock;

import java.util.function.Function;

/**
 * Chooses the tiers of a new cache from its configuration; every memory tier shares the engine's budget. The tiers
 * below memory are built by {@link BackingStores}, made when the first method that keeps entries there binds.
 */
public final class Stores implements Caches.StoreFactory {

    private final MemoryBudget budget;
    private final Clock clock;
    private final Reporter reporter;
    /** The disk, off-heap and shared tiers; {@code null} until a method needs one. */
    private volatile BackingStores backing;

    /** @param clock, reporter the engine's: what TTLs are measured on, and where the stores' problems are told */
    public Stores(MemoryBudget budget, Clock clock, Reporter reporter) {
        this.budget = budget;
        this.clock = clock;
        this.reporter = reporter;
    }

    /** The stores of an engine under the memory budget the settings ask for ({@link MemoryBudget#fromSettings}). */
    public static Stores fromSettings(Clock clock, Reporter reporter) {
        return new Stores(MemoryBudget.fromSettings(reporter), clock, reporter);
    }

    /**
     * Starts opening the disk store of a {@code persist = DISK} method in the background, when its first call starts
     * binding it ({@link BackingStores#prepare}).
     */
    @Override
    public void prepare(SiteDescriptor descriptor) {
        CacheSpec spec = descriptor.spec();
        if (spec.kind() == CacheSpec.Kind.DATA && spec.persist() == Persist.DISK) {
            backing().prepare(descriptor);
        }
    }

    /**
     * A memory tier for plain caches and resources; for {@code @CacheData} with {@code persist = DISK} or
     * {@code REMOTE} or with {@code offHeap = true}, the tiers {@link BackingStores#create} opens.
     *
     * @param digests turns the method's lookup keys into the digests its entries are stored under on disk
     */
    @Override
    public Store<Object> create(SiteDescriptor descriptor, Function<Object, Key> digests) {
        CacheSpec spec = descriptor.spec();
        if (spec.kind() == CacheSpec.Kind.DATA && (spec.persist() != Persist.NONE || spec.offHeap())) {
            return backing().create(descriptor, digests);
        }
        return memory(descriptor);
    }

    /** A memory tier under the engine's budget and clock. */
    MemoryStore memory(SiteDescriptor descriptor) {
        return new MemoryStore(descriptor.spec(), descriptor.describedName(), budget, clock);
    }

    /** Drops every entry of the shared store, when this JVM uses one. */
    @Override
    public void discardAll() {
        BackingStores opened = backing;
        if (opened != null) {
            opened.discardAll();
        }
    }

    private BackingStores backing() {
        BackingStores made = backing;
        if (made == null) {
            synchronized (this) {
                made = backing;
                if (made == null) {
                    made = new BackingStores(this, clock, reporter);
                    backing = made;
                }
            }
        }
        return made;
    }
}
