package dev.memoria.internal.store.chronicle;

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
    private static final String FIX_LINK = "Memoria never follows a symbolic link in a cache directory: set the cache"
            + " directory (-Dmemoria.cache.dir) to the real folder, or remove the link and let Memoria create a folder.";

    private DirectoryTrust() {
    }

    /** Requires {@code directory} to be a real folder of this user that only this user can write. */
    static void requireOwnDirectory(Path directory) throws IOException {
        PosixFileAttributes attributes = lstat(directory);
        if (attributes == null) {
            return;
        }
        if (attributes.isSymbolicLink()) {
            throw new UntrustedDirectoryException(directory, "The cache folder " + directory + " is a symbolic link"
                    + " (to " + Files.readSymbolicLink(directory) + "). " + FIX_LINK);
        }
        if (!attributes.isDirectory()) {
            throw new UntrustedDirectoryException(directory, "The cache folder " + directory + " is not a folder."
                    + " Remove it, or set the cache directory (-Dmemoria.cache.dir) elsewhere.");
        }
        requireOwner(directory, attributes);
        Set<PosixFilePermission> permissions = attributes.permissions();
        if (!Collections.disjoint(permissions, WRITABLE_BY_OTHERS)) {
            throw new UntrustedDirectoryException(directory, "The cache folder " + directory + " can be written by"
                    + " other users (mode " + PosixFilePermissions.toString(permissions) + "), who could plant"
                    + " entries this application would serve as its own. Fix: chmod go-w " + directory
                    + " (Memoria creates it as rwx------), or set the cache directory elsewhere.");
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
            throw new UntrustedDirectoryException(file, "The cache file " + file + " is "
                    + (attributes.isSymbolicLink() ? "a symbolic link. " + FIX_LINK
                                                   : "not a regular file. Remove it; Memoria creates it again."));
        }
        requireOwner(file, attributes);
        Set<PosixFilePermission> permissions = attributes.permissions();
        if (!Collections.disjoint(permissions, forbidden)) {
            throw new UntrustedDirectoryException(file, "The cache file " + file + " is open to other users (mode "
                    + PosixFilePermissions.toString(permissions) + "). Fix: chmod 600 " + file + ", or delete it and"
                    + " let Memoria create it again (its entries are then recomputed).");
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
            throw new UntrustedDirectoryException(path, "The cache " + (attributes.isDirectory() ? "folder " : "file ")
                    + path + " is owned by " + owner + ", not by " + ProcessUser.NAME + ", the user this application"
                    + " runs as, so " + owner + " could plant entries it would serve. Fix: chown " + ProcessUser.NAME
                    + " " + path + " (as root), or set the cache directory (-Dmemoria.cache.dir) to a folder of "
                    + ProcessUser.NAME + ".");
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
