package dev.memoria.internal.store.chronicle;

import dev.memoria.internal.call.SiteDescriptor;
import dev.memoria.internal.store.Store;

import java.io.IOException;
import java.nio.file.Path;

/** Opens Chronicle stores for the store factory; the only door into this package's Chronicle-using classes. */
public final class ChronicleStores {

    private ChronicleStores() {
    }

    /** The persisted entries of one code version of a method, in {@code cacheDirectory}. */
    public static Store persisted(Path cacheDirectory, SiteDescriptor descriptor) throws IOException {
        Files0600.directory(cacheDirectory);
        return ChronicleStore.persisted(CacheLayout.versionDirectory(cacheDirectory, descriptor), descriptor.spec(),
                descriptor.displayName());
    }

    /** Off-heap entries for this JVM only. */
    public static Store offHeap(SiteDescriptor descriptor) throws IOException {
        return ChronicleStore.offHeap(descriptor.spec(), descriptor.displayName());
    }
}
