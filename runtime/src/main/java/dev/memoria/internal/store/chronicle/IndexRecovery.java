package dev.memoria.internal.store.chronicle;

import net.openhft.chronicle.map.ChronicleMap;
import net.openhft.chronicle.map.ChronicleMapBuilder;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * Recovers the index a crashed process left (its locks held, an entry half written) without ever putting the only
 * copy at risk: Chronicle's recovery rewrites the file in place, and a process killed during it left a header that
 * is not ready, which reads as damage beyond repair. So recovery works on a copy, flushes it, and publishes it with
 * an atomic rename followed by a flush of the folder. Killed at any point, the folder holds either the old index,
 * still marked dirty and recovered again by the next process, or the recovered one.
 */
final class IndexRecovery {

    static final String COPY = "entries.recovering";

    private IndexRecovery() {
    }

    /**
     * Recovers {@code file}; the caller must be alone with it (the open protocol's presence lock).
     *
     * @throws IOException or a RuntimeException from Chronicle when the index is beyond repair; {@code file} is then
     *                     as it was
     */
    static void recover(ChronicleMapBuilder<byte[], byte[]> builder, Path file) throws IOException {
        Path copy = file.resolveSibling(COPY);
        Files.deleteIfExists(copy); // left by a process killed while recovering: the index itself is still whole
        try {
            copy(file, copy);
            CrashPoints.reached("recovery: copied");
            try (ChronicleMap<byte[], byte[]> recovered = builder.recoverPersistedTo(copy.toFile(), true)) {
                CrashPoints.reached("recovery: recovered");
            }
            force(copy);
            CrashPoints.reached("recovery: flushed");
            Files.move(copy, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            CrashPoints.reached("recovery: published");
            force(file.getParent());
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
             FileChannel out = FileChannel.open(to, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                     LinkOption.NOFOLLOW_LINKS), Files0600.file())) {
            long size = in.size();
            long copied = 0;
            while (copied < size) {
                copied += in.transferTo(copied, size - copied, out);
            }
            out.force(true);
        }
    }

    /** Flushes a file, or a folder's entries (which makes a rename in it durable). */
    private static void force(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
