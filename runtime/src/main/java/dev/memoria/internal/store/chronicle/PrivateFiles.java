package dev.memoria.internal.store.chronicle;

import dev.memoria.internal.store.EntryAuthenticator;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Set;

/**
 * Small files of the cache directory beside the entries (the agent's fingerprints): created readable by their owner
 * only, written whole under a temporary name and then renamed, so a reader never sees half a file; read only when the
 * cache directory, the folder and the file belong to this user, nobody else can write them, and none is a symbolic
 * link ({@link DirectoryTrust}). What a file says must still be checked by its reader: these are hints, never trusted
 * as such.
 */
public final class PrivateFiles {

    private PrivateFiles() {
    }

    /**
     * @return the bytes {@link #write} wrote to {@code cacheDirectory/folder/name}, or {@code null} when the file is
     *         absent, larger than {@code maxBytes}, unreadable, not to be trusted, or fails its tag (altered,
     *         truncated, or moved there from another name or cache directory)
     */
    public static byte[] read(Path cacheDirectory, String folder, String name, int maxBytes) {
        Path directory = cacheDirectory.toAbsolutePath().resolve(folder);
        Path file = directory.resolve(name);
        try {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
            DirectoryTrust.requireOwnDirectory(cacheDirectory.toAbsolutePath());
            DirectoryTrust.requireOwnDirectory(directory);
            DirectoryTrust.requireOwnFile(file);
            try (FileChannel in = FileChannel.open(file, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
                long size = in.size();
                if (size > maxBytes) {
                    return null;
                }
                ByteBuffer bytes = ByteBuffer.allocate((int) size);
                while (bytes.hasRemaining() && in.read(bytes) >= 0) {
                    // a file that shrinks while read leaves the rest zero, which the tag rejects
                }
                byte[] sealed = bytes.array();
                if (sealed.length < EntryAuthenticator.TAG_BYTES) {
                    return null;
                }
                byte[] content = Arrays.copyOf(sealed, sealed.length - EntryAuthenticator.TAG_BYTES);
                byte[] tag = Arrays.copyOfRange(sealed, content.length, sealed.length);
                return MessageDigest.isEqual(tag(cacheDirectory, folder, name, content), tag) ? content : null;
            }
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /**
     * Writes {@code cacheDirectory/folder/name} atomically, creating the folders ({@code 0700}) and the file
     * ({@code 0600}); a folder that is not to be trusted is left alone. The content is followed by an HMAC-SHA256 under
     * the cache directory's secret over its folder, name and bytes, which {@link #read} checks.
     *
     * @throws IOException when it cannot be written; nothing is left behind
     */
    public static void write(Path cacheDirectory, String folder, String name, byte[] content) throws IOException {
        Path root = Files0600.directory(cacheDirectory);
        Path directory = Files0600.directory(root.resolve(folder));
        DirectoryTrust.requireOwnDirectory(root);
        DirectoryTrust.requireOwnDirectory(directory);
        Path temporary = Files.createTempFile(directory, "." + name + "-", ".tmp", Files0600.file());
        try {
            Files.write(temporary, content);
            Files.write(temporary, tag(cacheDirectory, folder, name, content), StandardOpenOption.APPEND);
            // a rename over the name: readers see the old file or the new one, and a link there is replaced
            Files.move(temporary, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** HMAC-SHA256 under the directory's secret over the folder's and file's names (length first) and the bytes. */
    private static byte[] tag(Path cacheDirectory, String folder, String name, byte[] content) throws IOException {
        return new HmacSha256(CacheSecret.of(cacheDirectory)).field(folder).field(name).update(content).tag();
    }
}
