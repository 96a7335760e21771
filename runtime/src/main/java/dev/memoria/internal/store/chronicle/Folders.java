package dev.memoria.internal.store.chronicle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Folders deleted with everything in them: a code version's folder, and the private temporary folders of off-heap
 * caches, which go when the JVM exits ({@code File.deleteOnExit} would only delete them if already empty).
 */
final class Folders {

    private static final Set<Path> TEMPORARY = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Folders::deleteTemporary, "memoria-delete-temporary"));
    }

    private Folders() {
    }

    /** A new folder in {@code java.io.tmpdir}, readable by its owner only, deleted when the JVM exits. */
    static Path temporary(String prefix) throws IOException {
        Path folder = Files.createTempDirectory(prefix, Files0600.directoryAttributes());
        TEMPORARY.add(folder);
        return folder;
    }

    static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static void deleteTemporary() {
        for (Path folder : TEMPORARY) {
            try {
                deleteRecursively(folder);
            } catch (IOException | RuntimeException e) {
                // at exit there is nobody left to tell; the folder is private and in the temporary directory
            }
        }
    }
}
