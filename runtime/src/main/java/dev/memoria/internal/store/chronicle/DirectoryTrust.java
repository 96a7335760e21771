package dev.memoria.internal.store.chronicle;

import dev.memoria.internal.report.Messages;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Whether a folder or file of the cache directory may be trusted, by the rule OpenSSH's {@code StrictModes} applies to
 * its keys: it must be owned by the user this JVM runs as, writable by nobody else, and not a symbolic link. Entries
 * are deserialized and served as the application's own results, so a directory that another user could write is a
 * way for that user to choose them. Checks use {@code lstat}: a link is never followed.
 */
final class DirectoryTrust {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> WRITABLE_BY_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);
    private static final Set<PosixFilePermission> OPEN_TO_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
    private DirectoryTrust() {
    }

    /** Requires {@code directory} to be a real folder of this user that only this user can write. */
    static void requireOwnDirectory(Path directory) throws IOException {
        PosixFileAttributes attributes = lstat(directory);
        if (attributes == null) {
            return;
        }
        if (attributes.isSymbolicLink()) {
            throw new UntrustedDirectoryException(directory, Messages.cacheFolderIsLink(directory.toString(),
                    Files.readSymbolicLink(directory).toString()));
        }
        if (!attributes.isDirectory()) {
            throw new UntrustedDirectoryException(directory, Messages.cacheFolderNotAFolder(directory.toString()));
        }
        requireOwner(directory, attributes);
        Set<PosixFilePermission> permissions = attributes.permissions();
        if (!Collections.disjoint(permissions, WRITABLE_BY_OTHERS)) {
            throw new UntrustedDirectoryException(directory, Messages.cacheFolderWritableByOthers(directory.toString(),
                    PosixFilePermissions.toString(permissions)));
        }
    }

    /** Requires {@code file} to be a regular file of this user that nobody else can write. */
    static void requireOwnFile(Path file) throws IOException {
        requireFile(file, WRITABLE_BY_OTHERS);
    }

    /** Requires {@code file} to be a regular file of this user that nobody else can read or write: a secret. */
    static void requireSecretFile(Path file) throws IOException {
        requireFile(file, OPEN_TO_OTHERS);
    }

    private static void requireFile(Path file, Set<PosixFilePermission> forbidden) throws IOException {
        PosixFileAttributes attributes = lstat(file);
        if (attributes == null) {
            return;
        }
        if (!attributes.isRegularFile()) {
            throw new UntrustedDirectoryException(file, Messages.cacheFileNotRegular(file.toString(),
                    attributes.isSymbolicLink()));
        }
        requireOwner(file, attributes);
        Set<PosixFilePermission> permissions = attributes.permissions();
        if (!Collections.disjoint(permissions, forbidden)) {
            throw new UntrustedDirectoryException(file, Messages.cacheFileOpenToOthers(file.toString(),
                    PosixFilePermissions.toString(permissions)));
        }
    }

    /** The attributes of {@code path} itself, not of what a link points to; null if absent or not POSIX. */
    private static PosixFileAttributes lstat(Path path) throws IOException {
        if (!POSIX || !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        return Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }

    private static void requireOwner(Path path, PosixFileAttributes attributes) throws IOException {
        String owner = attributes.owner().getName();
        if (!ProcessUser.owns(path, owner)) {
            throw new UntrustedDirectoryException(path, Messages.cachePathOfAnotherUser(
                    attributes.isDirectory() ? "folder" : "file", path.toString(), owner, ProcessUser.NAME));
        }
    }

    /**
     * The user this JVM runs as. On Linux the owner of {@code /proc/self}, which the kernel gives the effective uid,
     * compared by number; elsewhere {@code user.name}, compared by name.
     */
    private static final class ProcessUser {
        private static final Path SELF = Path.of("/proc/self");
        static final Integer UID = uid(SELF);
        static final String NAME = name();

        static boolean owns(Path path, String ownerName) throws IOException {
            return UID != null ? UID.equals(uid(path)) : NAME.equals(ownerName);
        }

        private static Integer uid(Path path) {
            try {
                return (Integer) Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS);
            } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
                return null;
            }
        }

        private static String name() {
            try {
                return UID != null ? Files.getOwner(SELF).getName() : System.getProperty("user.name");
            } catch (IOException e) {
                return System.getProperty("user.name");
            }
        }
    }
}
