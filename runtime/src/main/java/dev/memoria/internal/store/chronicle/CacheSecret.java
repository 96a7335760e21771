package dev.memoria.internal.store.chronicle;

import dev.memoria.internal.report.Messages;
import dev.memoria.internal.store.EntryAuthenticator;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The cache directory's secret: 32 random bytes in {@code secret.key}, readable by the directory's owner only, the
 * key of every entry's {@link EntryAuthenticator tag}. It is created once, by whichever process comes first: written
 * in full under a temporary name and then hard-linked to its name, which fails if another process won the race, so
 * no process ever reads a partly written secret.
 */
final class CacheSecret {

    static final String FILE = "secret.key";
    private static final int BYTES = 32;
    private static final Map<Path, byte[]> LOADED = new ConcurrentHashMap<>();

    private CacheSecret() {
    }

    /** The secret of {@code cacheDirectory}, created if it has none. */
    static byte[] of(Path cacheDirectory) throws IOException {
        Path file = cacheDirectory.toAbsolutePath().resolve(FILE);
        byte[] secret = LOADED.get(file);
        if (secret == null) {
            secret = readOrCreate(file);
            LOADED.put(file, secret);
        }
        return secret;
    }

    static byte[] random() {
        byte[] secret = new byte[BYTES];
        Random.SOURCE.nextBytes(secret);
        return secret;
    }

    private static byte[] readOrCreate(Path file) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            Path temporary = file.resolveSibling(".secret-" + Long.toHexString(Random.SOURCE.nextLong()) + ".tmp");
            try (FileChannel out = FileChannel.open(temporary, Set.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS), Files0600.file())) {
                out.write(ByteBuffer.wrap(random()));
                out.force(true);
                Files.createLink(file, temporary);
            } catch (FileAlreadyExistsException anotherProcessWasFirst) {
                // its secret is complete: it was linked only after being written
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
        return read(file);
    }

    private static byte[] read(Path file) throws IOException {
        DirectoryTrust.requireSecretFile(file);
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            if (in.size() != BYTES) {
                throw new IOException(Messages.cacheSecretDamaged(file.toString(), in.size(), BYTES));
            }
            ByteBuffer secret = ByteBuffer.allocate(BYTES);
            while (secret.hasRemaining() && in.read(secret) >= 0) {
                // reads until full: a regular file of this size gives all its bytes
            }
            return secret.array();
        }
    }

    /** Created on first need: a JVM that reads an existing secret loads no random number generator. */
    private static final class Random {
        static final SecureRandom SOURCE = new SecureRandom();
    }
}
