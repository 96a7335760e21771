package dev.memoria.internal.store.chronicle;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The disk holding the cache directory has no room for a write: that write is not stored on disk, nothing else is
 * lost, and writing resumes by itself once there is room. Never a sign of damage.
 */
public final class DiskFullException extends IOException {

    private final Path path;

    DiskFullException(Path path, String message, Throwable cause) {
        super(message, cause);
        this.path = path;
    }

    /** The folder on the full disk. */
    public Path path() {
        return path;
    }
}
