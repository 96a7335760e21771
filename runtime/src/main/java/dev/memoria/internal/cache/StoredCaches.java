package dev.memoria.internal.cache;

import dev.memoria.internal.Settings;
import dev.memoria.internal.key.Key;
import dev.memoria.internal.report.Messages;
import dev.memoria.internal.report.Reporter;
import dev.memoria.internal.site.SiteDescriptor;
import dev.memoria.internal.store.chronicle.CacheDirectory;
import dev.memoria.internal.store.chronicle.StoredVersion;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Persisted entries beyond this JVM's open caches: other code versions of a method, and methods this JVM has not
 * called. Clearing reaches them too, as Streamlit's {@code st.cache_data.clear()} empties its whole cache folder.
 * Nothing here loads Chronicle Map unless the cache directory holds persisted caches.
 */
public final class StoredCaches {

    private final Reporter reporter;

    StoredCaches(Reporter reporter) {
        this.reporter = reporter;
    }

    /** Discards every stored version of every method. */
    void discardAll() {
        forEachVersion(CacheDirectory::versions, version -> {
            version.discard();
            return null;
        });
    }

    /** Discards every stored version of one method. */
    public void discard(String signature) {
        forEachVersion(directory -> directory.versionsOf(signature), version -> {
            version.discard();
            return null;
        });
    }

    /** Drops one key from every stored version of one method. */
    public void remove(String signature, Key key) {
        forEachVersion(directory -> directory.versionsOf(signature), version -> {
            version.remove(key);
            return null;
        });
    }

    /**
     * The newest other code version of a {@code persist = DISK} method stored in the cache directory, the one a new
     * version is compared with; empty when there is none. Only such methods are asked: {@link Caches} checks.
     */
    Optional<StoredVersion> olderVersion(SiteDescriptor descriptor) {
        try {
            return new CacheDirectory(Settings.cacheDirectory(), reporter).versionsOf(descriptor.signature()).stream()
                    .filter(version -> !version.fingerprint().equals(descriptor.fingerprint()))
                    .max(Comparator.comparing(StoredVersion::created));
        } catch (RuntimeException unreadable) {
            return Optional.empty(); // only the explanation of the change is lost
        }
    }

    /** Whether another stored code version of the method holds an entry for {@code key}. */
    public boolean olderVersionHolds(SiteDescriptor descriptor, Key key) {
        boolean[] held = new boolean[1];
        forEachVersion(directory -> directory.versionsOf(descriptor.signature()).stream()
                .filter(version -> !version.fingerprint().equals(descriptor.fingerprint())).toList(), version -> {
                    held[0] |= version.holds(key);
                    return null;
                });
        return held[0];
    }

    private void forEachVersion(Function<CacheDirectory, List<StoredVersion>> select, VersionWork work) {
        CacheDirectory directory = new CacheDirectory(Settings.cacheDirectory(), reporter);
        if (!Files.isDirectory(directory.root())) {
            return;
        }
        for (StoredVersion version : select.apply(directory)) {
            try {
                work.apply(version);
            } catch (IOException | RuntimeException e) {
                reporter.once("clear " + version.directory(), Messages.clearFailed(version.method(),
                        String.valueOf(version.directory()), String.valueOf(e)));
            }
        }
    }

    /** Work on one stored version. */
    @FunctionalInterface
    private interface VersionWork {
        Object apply(StoredVersion version) throws IOException;
    }
}
