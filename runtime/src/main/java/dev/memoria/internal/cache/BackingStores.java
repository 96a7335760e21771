package dev.memoria.internal.cache;

import dev.memoria.Persist;
import dev.memoria.internal.Settings;
import dev.memoria.internal.key.Key;
import dev.memoria.internal.policy.CacheSpec;
import dev.memoria.internal.report.Messages;
import dev.memoria.internal.report.Reporter;
import dev.memoria.internal.site.SiteDescriptor;
import dev.memoria.internal.store.MemoryStore;
import dev.memoria.internal.store.Store;
import dev.memoria.internal.store.TieredStore;
import dev.memoria.internal.store.chronicle.ChronicleEnvironment;
import dev.memoria.internal.store.chronicle.ChronicleStores;
import dev.memoria.internal.store.chronicle.DiskFullException;
import dev.memoria.internal.store.chronicle.UntrustedDirectoryException;
import dev.memoria.internal.store.remote.RemoteStore;
import dev.memoria.internal.store.remote.RemoteStores;
import dev.memoria.internal.store.remote.RemoteUnavailableException;
import dev.memoria.internal.time.Clock;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The tiers below memory: Chronicle Map on disk and off the heap, and the shared store. Apart from {@link Stores} so
 * that a JVM whose cached methods keep their entries in memory alone never loads this class, nor what verifying it
 * loads (the stores' exceptions), nor builds its parts: {@link Stores} makes it for the first method that needs it.
 */
final class BackingStores {

    private final Stores memories;
    private final Clock clock;
    private final Reporter reporter;
    /** The shared tier, opened by the first {@code persist = REMOTE} method. */
    private final RemoteStores remote;
    /** Disk stores being opened ahead of their method's first call, by cache directory and code version. */
    private final Map<String, CompletableFuture<Store<Key>>> opening = new ConcurrentHashMap<>();
    /** The disk stores opened so far, which a later binding of the same method (a session's, say) joins at once. */
    private final Set<String> opened = ConcurrentHashMap.newKeySet();

    /** @param memories makes the memory tiers in front of these, under the engine's budget */
    BackingStores(Stores memories, Clock clock, Reporter reporter) {
        this.memories = memories;
        this.clock = clock;
        this.reporter = reporter;
        this.remote = new RemoteStores(clock, reporter);
    }

    /**
     * Starts opening the disk store of a {@code persist = DISK} method on a daemon thread, when its first call starts
     * binding it: loading Chronicle Map and opening (or recovering) the method's index takes most of a second, which
     * then overlaps the rest of the binding (the serializer that reads the entry back, above all) instead of adding
     * to it. {@link #create} takes the store over, or meets the failure the opening met and reports it as its own.
     * Not done earlier, when the agent finds the method: a JVM that never calls it must not open its index (nor load
     * Chronicle Map, which makes Java 24 and later print a warning about {@code sun.misc.Unsafe}).
     */
    void prepare(SiteDescriptor descriptor) {
        Path directory = Settings.cacheDirectory();
        String id = storeId(directory, descriptor);
        if (opened.contains(id)) {
            return;
        }
        opening.computeIfAbsent(id, key -> {
            CompletableFuture<Store<Key>> store = new CompletableFuture<>();
            Thread opener = new Thread(() -> {
                try {
                    // without access Chronicle cannot load; create says so
                    store.complete(ChronicleEnvironment.missingAccess().isEmpty()
                            ? ChronicleStores.persisted(directory, descriptor, clock, reporter) : null);
                } catch (Throwable e) {
                    store.completeExceptionally(e);
                }
            }, "memoria-open-" + descriptor.method());
            opener.setDaemon(true); // never keeps a JVM alive
            opener.start();
            return store;
        });
    }

    /**
     * Chronicle Map for {@code persist = DISK} (behind a memory tier unless {@code offHeap}) and for
     * {@code offHeap = true}; the shared store behind a memory tier for {@code persist = REMOTE}. When Chronicle Map
     * cannot be used, the cache keeps its entries in memory and says why, once; a cache directory that others could
     * write is refused the same way, with one message for all the methods stored there.
     *
     * @param digests turns the method's lookup keys into the digests its entries are stored under on disk
     */
    Store<Object> create(SiteDescriptor descriptor, Function<Object, Key> digests) {
        CacheSpec spec = descriptor.spec();
        if (spec.persist() == Persist.REMOTE) {
            return shared(descriptor, digests);
        }
        List<String> missing = ChronicleEnvironment.missingAccess();
        if (!missing.isEmpty()) {
            reporter.once("chronicle access", Messages.chronicleWithoutAccess(String.join(", ", missing),
                    ChronicleEnvironment.JVM_FLAGS, descriptor.describedName()));
            return memories.memory(descriptor);
        }
        try {
            Store<Key> store = spec.persist() == Persist.DISK ? persisted(descriptor)
                    : ChronicleStores.offHeap(descriptor, clock, reporter);
            return new TieredStore(spec.offHeap() ? null : memories.memory(descriptor), store, digests, spec,
                    descriptor.describedName(), () -> memories.memory(descriptor), reporter);
        } catch (UntrustedDirectoryException e) {
            reporter.once("untrusted " + e.path(), Messages.untrustedStore(e.getMessage(), descriptor.describedName()));
            return memories.memory(descriptor);
        } catch (DiskFullException e) {
            reporter.once("disk full " + e.path(), Messages.diskFullAtOpen(e.getMessage(), descriptor.describedName()));
            return memories.memory(descriptor);
        } catch (Exception | LinkageError e) {
            reporter.once("store " + descriptor.functionKey(), Messages.storeUnopened(
                    spec.persist() == Persist.DISK ? "disk cache in " + Settings.cacheDirectory() : "off-heap cache",
                    descriptor.describedName(), e.toString()));
            return memories.memory(descriptor);
        }
    }

    /**
     * A memory tier in front of the shared store, which clears it whenever any JVM clears the method's shared entries;
     * a memory tier alone when the settings allow no shared store (reported once, with the fix).
     */
    private Store<Object> shared(SiteDescriptor descriptor, Function<Object, Key> digests) {
        String method = descriptor.describedName();
        MemoryStore memory = memories.memory(descriptor);
        RemoteStore store;
        try {
            store = remote.open(descriptor);
        } catch (RemoteUnavailableException e) {
            reporter.once("remote unavailable", Messages.remoteUnavailable(e.getMessage(), method));
            return memory;
        }
        TieredStore tiered = new TieredStore(memory, store, digests, descriptor.spec(), method,
                () -> memories.memory(descriptor), reporter);
        remote.onCleared(store, tiered::clearMemory);
        return tiered;
    }

    /** Drops every entry of the shared store, when this JVM uses one. */
    void discardAll() {
        remote.discardAll();
    }

    /** What {@link #opening} and {@link #opened} know a disk store by: its cache directory and code version. */
    private static String storeId(Path directory, SiteDescriptor descriptor) {
        return directory + "#" + descriptor.functionKey();
    }

    /** The disk store {@link #prepare} opened for {@code descriptor}, once it is open, or a store opened now. */
    private Store<Key> persisted(SiteDescriptor descriptor) throws Exception {
        Path directory = Settings.cacheDirectory();
        String id = storeId(directory, descriptor);
        opened.add(id);
        CompletableFuture<Store<Key>> prepared = opening.remove(id);
        if (prepared == null) {
            return ChronicleStores.persisted(directory, descriptor, clock, reporter);
        }
        try {
            return prepared.join(); // uninterruptible: an interrupt of the caller must not orphan the open store
        } catch (CompletionException e) {
            if (e.getCause() instanceof Exception failure) {
                throw failure;
            }
            throw (Error) e.getCause();
        }
    }
}
