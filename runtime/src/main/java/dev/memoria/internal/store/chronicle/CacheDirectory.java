package dev.memoria.internal.store.chronicle;

import dev.memoria.internal.report.Reporter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The persisted caches in a cache directory, for the facade's clearing of methods not loaded in this JVM and for the
 * command-line tool. Only listing reads files without opening Chronicle Map; everything else goes through the same
 * open protocol as a running application, so it is safe while applications use the directory.
 */
public final class CacheDirectory {

    private final Path root;
    private final Reporter reporter;

    /** @param reporter where damage found while the versions' entries are read or cleared is told */
    public CacheDirectory(Path root, Reporter reporter) {
        this.root = root.toAbsolutePath();
        this.reporter = reporter;
    }

    public Path root() {
        return root;
    }

    /**
     * Whether the folder has the layout Memoria writes: its {@code functions} folder, created with the first persisted
     * entry. Tools use it to tell a cache directory from a folder named by mistake.
     */
    public boolean hasLayout() {
        return Files.isDirectory(root.resolve(CacheLayout.FUNCTIONS));
    }

    /** Every stored code version of every method, by method then creation. */
    public List<StoredVersion> versions() {
        return versionsUnder(root.resolve(CacheLayout.FUNCTIONS), true);
    }

    /** The stored code versions of one method ({@code signature} as in a site descriptor). */
    public List<StoredVersion> versionsOf(String signature) {
        return versionsUnder(CacheLayout.methodDirectory(root, signature), false);
    }

    private List<StoredVersion> versionsUnder(Path directory, boolean methodsBelow) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<StoredVersion> versions = new ArrayList<>();
        try (Stream<Path> children = Files.list(directory)) {
            for (Path child : (Iterable<Path>) children.sorted()::iterator) {
                if (methodsBelow) {
                    versions.addAll(versionsUnder(child, false));
                } else if (Files.isRegularFile(child.resolve(CacheLayout.VERSION_FILE))) {
                    versions.add(new StoredVersion(child, CacheLayout.readVersion(child), reporter));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        versions.sort(Comparator.comparing(StoredVersion::method).thenComparing(StoredVersion::created));
        return versions;
    }
}
