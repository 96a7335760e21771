package dev.memoria.agent.fingerprint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The indexes of class-path roots, shared by every source in the JVM. An agent creates a source per transformed
 * class, so without sharing each one would read every header of a big project again; with it, a root is read once and
 * afterwards only stamped, and read again when its version changes (a recompile in a dev loop, a new build in a
 * build daemon).
 *
 * <p>Entries are keyed by path and hold no class loaders, so loaders stay collectable; the least recently used roots
 * are dropped beyond {@value #MAX_ROOTS}, so a long-running JVM that meets many roots does not grow without bound.
 */
final class RootIndexCache {

    private static final int MAX_ROOTS = 64;

    private static final Map<Path, RootIndex> INDEXES = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, RootIndex> eldest) {
            return size() > MAX_ROOTS;
        }
    };

    private RootIndexCache() {
    }

    /** The current index of {@code root}, or an empty index when the root cannot be read. */
    static RootIndex indexOf(ClassPathRoot root) {
        try {
            String version = root.version();
            RootIndex cached = cached(root.path());
            if (cached != null && cached.version().equals(version)) {
                return cached;
            }
            // Scanned outside the lock: two threads may both scan a new root, which is cheaper than serializing all.
            RootIndex scanned = new RootIndex(version, root.scan());
            synchronized (INDEXES) {
                INDEXES.put(root.path(), scanned);
            }
            return scanned;
        } catch (IOException | UncheckedIOException unreadable) {
            return RootIndex.EMPTY;
        }
    }

    private static RootIndex cached(Path path) {
        synchronized (INDEXES) {
            return INDEXES.get(path);
        }
    }
}
