package dev.memoria.internal.store.chronicle;

import dev.memoria.internal.store.EntryAuthenticator;
import dev.memoria.internal.key.Key;
import dev.memoria.internal.report.Reporter;
import dev.memoria.internal.site.SiteDescriptor;
import dev.memoria.internal.store.Store;
import dev.memoria.internal.time.Clock;

import java.io.IOException;
import java.nio.file.Path;

/** Opens Chronicle stores for the store factory; the only door into this package's Chronicle-using classes. */
public final class ChronicleStores {

    private ChronicleStores() {
    }

    /**
     * The persisted entries of one code version of a method, in {@code cacheDirectory}. A method with a bound
     * ({@code maxEntries} or {@code maxSize}) keeps the bound on disk too: its other stored code versions, which this
     * code can never hit, are discarded unless a running JVM has them open.
     *
     * @throws UntrustedDirectoryException when the directory, or a folder or file in it, is a symbolic link, is owned
     *                                     by another user or can be written by others
     */
    public static Store<Key> persisted(Path cacheDirectory, SiteDescriptor descriptor, Clock clock,
                                       Reporter reporter) throws IOException {
        DirectoryTrust.requireOwnDirectory(cacheDirectory);
        Files0600.directory(cacheDirectory);
        Path current = CacheLayout.versionDirectory(cacheDirectory, descriptor);
        byte[] secret = CacheSecret.of(cacheDirectory);
        ManifestFile.write(current, secret, descriptor.signature(), descriptor.fingerprint(), descriptor.manifest());
        EntryAuthenticator authenticator = new EntryAuthenticator(secret, descriptor.signature(),
                descriptor.fingerprint());
        ChronicleStore store = ChronicleStore.persisted(current, authenticator, descriptor.spec(),
                descriptor.displayName(), clock, reporter);
        if (descriptor.spec().maxEntries().isPresent() || descriptor.spec().maxBytes().isPresent()) {
            for (StoredVersion other : new CacheDirectory(cacheDirectory, reporter).versionsOf(descriptor.signature())) {
                if (!other.directory().equals(current) && !other.inUse()) {
                    other.discard();
                }
            }
        }
        return store;
    }

    /** Off-heap entries for this JVM only. */
    public static Store<Key> offHeap(SiteDescriptor descriptor, Clock clock, Reporter reporter) throws IOException {
        EntryAuthenticator fresh = new EntryAuthenticator(CacheSecret.random(), descriptor.signature(),
                descriptor.fingerprint()); // entries that never outlive this JVM: a random secret
        return ChronicleStore.offHeap(fresh, descriptor.spec(), descriptor.displayName(), clock, reporter);
    }
}
