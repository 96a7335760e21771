package dev.memoria.internal.cache;

import dev.memoria.internal.Settings;
import dev.memoria.internal.key.Key;
import dev.memoria.internal.report.Messages;
import dev.memoria.internal.report.Reporter;
import dev.memoria.internal.store.chronicle.CacheDirectory;
import dev.memoria.internal.store.chronicle.StoredVersion;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Function;

/**
 * Persisted entries beyond this JVM's open caches: other code versions of a method, and methods this JVM has not
 * called. Clearing reaches them too, as Streamlit's {@code st.cache_data.clear()} empties its whole cache folder.
 * Nothing here loads Chronicle Map unless the cache directory holds persisted caches.
 */
public final class StoredCaches {

    private StoredCaches() {
    }

    /** Discards every stored version of every method. */
    static void discardAll() {
        forEachVersion(CacheDirectory::versions, version -> {
            version.discard();
            return null;
        });
    }

    /** Discards every stored version of one method. */
    public static void discard(String signature) {
        forEachVersion(directory -> directory.versionsOf(signature), version -> {
            version.discard();
            return null;
        });
    }

    /** Drops one key from every stored version of one method. */
    public static void remove(String signature, Key key) {
        forEachVersion(directory -> directory.versionsOf(signature), version -> {
            version.remove(key);
            return null;
        });
    }

    private static void forEachVersion(Function<CacheDirectory, List<StoredVersion>> select, VersionWork work) {
        CacheDirectory directory = new CacheDirectory(Settings.cacheDirectory());
        if (!Files.isDirectory(directory.root())) {
            return;
        }
        for (StoredVersion version : select.apply(directory)) {
            try {
                work.apply(version);
            } catch (IOException | RuntimeException e) {
                Reporter.once("clear " + version.directory(), Messages.clearFailed(version.method(),
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
