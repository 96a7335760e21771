package dev.memoria.internal.store.chronicle;

import dev.memoria.internal.report.Messages;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Room on the disk of the cache directory. The index is a memory-mapped file that Chronicle allocates ahead (13 MiB
 * for a new one) where the file system allows: where it does not, or when it grows, a page it touches on a full disk
 * is not an error it can return but a fault ({@code InternalError}) in the middle of an update, with a lock held. So a
 * write is refused up front unless it fits with {@link #MARGIN} to spare for the index, and what a full disk does
 * anyway (another process filled it meanwhile) is told apart from damage.
 */
final class DiskSpace {

    /** Room kept free for the index pages a write may touch; an inline record is at most 64 KiB. */
    static final long MARGIN = 1L << 20;

    private DiskSpace() {
    }

    /** @throws DiskFullException when {@code bytes} and the margin do not fit on the disk of {@code directory} */
    static void require(Path directory, long bytes, String what) throws IOException {
        long usable = Files.getFileStore(existing(directory)).getUsableSpace();
        if (usable < bytes + MARGIN) {
            throw new DiskFullException(directory, Messages.diskFull(directory.toString(), what, bytes, MARGIN, usable),
                    null);
        }
    }

    /** Whether {@code failure} came from a full disk (or quota) rather than from damage. */
    static boolean isOutOfSpace(Throwable failure, Path directory) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DiskFullException) {
                return true;
            }
            String message = cause instanceof FileSystemException fileSystem ? fileSystem.getReason()
                                                                             : cause.getMessage();
            if (message != null && (message.contains("No space left") || message.contains("Disk quota exceeded")
                                    || message.contains("Not enough space to fallocate"))) {
                return true;
            }
        }
        // a fault in a mapped page has no reason attached: a disk without room at that moment is the cause
        return isLow(directory);
    }

    /** Whether the disk of {@code directory} has less than the margin free: a write to the index may have faulted. */
    static boolean isLow(Path directory) {
        try {
            return Files.getFileStore(existing(directory)).getUsableSpace() < MARGIN;
        } catch (IOException unknown) {
            return false;
        }
    }

    /** As a disk full failure, with what happened and what happens next. */
    static DiskFullException asDiskFull(Throwable failure, Path directory, String what) {
        if (failure instanceof DiskFullException full) {
            return full;
        }
        return new DiskFullException(directory, Messages.diskFullFailure(directory.toString(), what,
                failure.toString()), failure);
    }

    private static Path existing(Path path) {
        Path existing = path.toAbsolutePath();
        while (!Files.exists(existing) && existing.getParent() != null) {
            existing = existing.getParent();
        }
        return existing;
    }
}
