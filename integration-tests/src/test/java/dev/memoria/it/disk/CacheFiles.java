package dev.memoria.it.disk;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads a cache directory as its documented layout describes it:
 * {@code <cache>/functions/<Class.method>-<16 hex>/<32 hex fingerprint>/{version.properties, entries.cm, entries.lock,
 * entries.dirty, blobs/<64 hex key>-<hex id>.blob}}.
 */
public final class CacheFiles {

    static final Pattern METHOD_FOLDER_HASH = Pattern.compile("[0-9a-f]{16}");
    static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{32}");
    static final Pattern BLOB_NAME = Pattern.compile("[0-9a-f]{64}-[0-9a-f]{1,16}\\.blob");

    private CacheFiles() {
    }

    /** The folder of a method, e.g. {@code Catalogs.catalog}; fails unless exactly one exists. */
    static Path methodFolder(Path cacheDirectory, String method) {
        List<Path> folders = list(cacheDirectory.resolve("functions")).stream()
                .filter(folder -> folder.getFileName().toString().startsWith(method + "-")).toList();
        assertThat(folders).as("folders of %s in %s", method, cacheDirectory).hasSize(1);
        return folders.get(0);
    }

    /** The code version folders of a method. */
    static List<Path> versionFolders(Path cacheDirectory, String method) {
        return list(methodFolder(cacheDirectory, method));
    }

    /** The one code version folder of a method; fails unless exactly one exists. */
    static Path versionFolder(Path cacheDirectory, String method) {
        List<Path> versions = versionFolders(cacheDirectory, method);
        assertThat(versions).as("code versions of %s", method).hasSize(1);
        return versions.get(0);
    }

    /** The index file of a method's one code version. */
    static Path index(Path cacheDirectory, String method) {
        return versionFolder(cacheDirectory, method).resolve("entries.cm");
    }

    /** The complete blob files of every code version of a method; none when the method has no folder. */
    public static List<Path> blobs(Path cacheDirectory, String method) {
        List<Path> folders = list(cacheDirectory.resolve("functions")).stream()
                .filter(folder -> folder.getFileName().toString().startsWith(method + "-")).toList();
        return folders.stream().flatMap(folder -> list(folder).stream())
                .flatMap(version -> list(version.resolve("blobs")).stream())
                .filter(file -> file.getFileName().toString().endsWith(".blob")).toList();
    }

    /** Anything in a method's blobs folder that is not a complete blob: temporary files of writers. */
    static List<Path> notBlobs(Path cacheDirectory, String method) {
        return list(versionFolder(cacheDirectory, method).resolve("blobs")).stream()
                .filter(file -> !file.getFileName().toString().endsWith(".blob")).toList();
    }

    /** The entries of a folder, sorted; empty when it does not exist. */
    static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file and folder under {@code root}, itself included. */
    static List<Path> tree(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            return all.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Changes the byte at {@code position} of {@code file}, as a bad disk or an attacker could. */
    public static void flipByte(Path file, long position) throws IOException {
        try (RandomAccessFile access = new RandomAccessFile(file.toFile(), "rw")) {
            access.seek(position);
            int value = access.read();
            access.seek(position);
            access.write(value ^ 0x5A);
        }
    }

    /** Copies a cache directory (written by a JVM that has ended) so that a test can damage its own copy. */
    static void copy(Path from, Path to) {
        for (Path source : tree(from)) {
            Path target = to.resolve(from.relativize(source).toString());
            try {
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
