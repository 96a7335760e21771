package dev.memoria.internal.inputs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The content digests of the files of one declared input, each recomputed only when the file's stamp (size,
 * modification time, file key) changed since the last look: a call costs one {@code stat} per file, and a touch
 * that keeps the bytes keeps the key.
 *
 * <p>Written for files that may change under it. A stamp is trusted only once the file is older than
 * {@link #RACY_NANOS}: a file rewritten twice within the file system's timestamp resolution, to the same size, could
 * otherwise keep the first digest (git's "racily clean" problem). A file whose stamp changes while it is read is read
 * again, a few times; one that keeps changing is keyed by a random value, so the call misses and its result is never
 * hit. Only regular files are read (following links): a directory, a FIFO or a device is keyed as such, never read.
 */
final class FileDigests {

    /** Modification times this close to now may not yet tell apart two writes: 2 s covers FAT and most network file systems. */
    private static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final int READ_ATTEMPTS = 3;
    private static final int BUFFER_BYTES = 64 * 1024;

    private static final byte MISSING = 0;
    private static final byte NOT_A_FILE = 1;
    private static final byte CONTENT = 2;
    private static final byte UNSTABLE = 3;
    private static final byte UNREADABLE = 4;

    private record Stamp(long size, long modifiedNanos, Object fileKey) {
    }

    private record Known(Stamp stamp, byte[] digest) {
    }

    private final Map<Path, Known> known = new ConcurrentHashMap<>();
    private final SecureRandom nonces = new SecureRandom();

    /** Writes what {@code file} holds now into {@code out}: its content digest, or why there is none. */
    void writeCurrent(MessageDigest out, Path file) {
        writeCurrent(out, file, null);
    }

    /**
     * @param listed the file's attributes as a directory walk just read them (not following links), or {@code null};
     *               they spare a second {@code stat} of a regular file
     */
    void writeCurrent(MessageDigest out, Path file, BasicFileAttributes listed) {
        for (int attempt = 0; attempt < READ_ATTEMPTS; attempt++) {
            BasicFileAttributes before;
            try {
                before = attempt == 0 && listed != null && listed.isRegularFile() ? listed
                        : Files.readAttributes(file, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                known.remove(file);
                out.update(MISSING);
                return;
            } catch (IOException | SecurityException e) {
                out.update(UNREADABLE);
                return;
            }
            if (!before.isRegularFile()) {
                out.update(NOT_A_FILE);
                return;
            }
            Stamp stamp = stampOf(before);
            Known cached = known.get(file);
            if (cached != null && cached.stamp().equals(stamp)) {
                out.update(CONTENT);
                out.update(cached.digest());
                return;
            }
            byte[] digest = contentDigest(file);
            if (digest == null) {
                out.update(UNREADABLE);
                return;
            }
            Stamp after = stampNow(file);
            if (stamp.equals(after)) {
                if (System.currentTimeMillis() * 1_000_000 - stamp.modifiedNanos() > RACY_NANOS) {
                    known.put(file, new Known(stamp, digest));
                }
                out.update(CONTENT);
                out.update(digest);
                return;
            }
        }
        known.remove(file);
        byte[] nonce = new byte[16];
        nonces.nextBytes(nonce);
        out.update(UNSTABLE);
        out.update(nonce);
    }

    /** Forgets the files that are not in {@code current}, so a glob's churn does not accumulate. */
    void retainOnly(Set<Path> current) {
        known.keySet().retainAll(current);
    }

    private static Stamp stampOf(BasicFileAttributes attributes) {
        return new Stamp(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                attributes.fileKey());
    }

    private static Stamp stampNow(Path file) {
        try {
            return stampOf(Files.readAttributes(file, BasicFileAttributes.class));
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    private static byte[] contentDigest(Path file) {
        MessageDigest digest = Digests.sha256();
        byte[] buffer = new byte[BUFFER_BYTES];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                digest.update(ByteBuffer.wrap(buffer, 0, read));
            }
            return digest.digest();
        } catch (IOException | SecurityException e) {
            return null;
        }
    }
}
