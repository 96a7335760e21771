package dev.memoria.internal.store.chronicle;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Creates the cache directory's files and folders readable by their owner only ({@code 0700} folders, {@code 0600}
 * files): cached values may be anything an application computes, personal data included.
 */
final class Files0600 {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private Files0600() {
    }

    /** Creates {@code directory} and its missing parents as {@code 0700}. */
    static Path directory(Path directory) throws IOException {
        Path absolute = directory.toAbsolutePath();
        if (!Files.isDirectory(absolute)) {
            if (absolute.getParent() != null) {
                directory(absolute.getParent());
            }
            try {
                Files.createDirectory(absolute, attributes(DIRECTORY));
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                if (!Files.isDirectory(absolute)) {
                    throw raced;
                }
            }
        }
        return absolute;
    }

    /** Attributes for a new folder: {@code 0700}. */
    static FileAttribute<?>[] directoryAttributes() {
        return attributes(DIRECTORY);
    }

    /** Attributes for a new file: {@code 0600}. */
    static FileAttribute<?>[] file() {
        return attributes(FILE);
    }

    /** Restricts a file something else created (Chronicle creates its map file itself). */
    static void restrict(Path file) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    private static FileAttribute<?>[] attributes(Set<PosixFilePermission> permissions) {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                     : new FileAttribute<?>[0];
    }
}
