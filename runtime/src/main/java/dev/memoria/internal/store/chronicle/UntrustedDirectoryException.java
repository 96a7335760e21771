package dev.memoria.internal.store.chronicle;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A cache directory, or a folder or file inside it, that others could have written: Memoria refuses to read or write
 * it, and the methods that would use it keep their entries in memory. The message names the path, what was found and
 * the fix.
 */
public final class UntrustedDirectoryException extends IOException {

    private final Path path;

    UntrustedDirectoryException(Path path, String message) {
        super(message);
        this.path = path;
    }

    /** The folder or file refused. */
    public Path path() {
        return path;
    }
}
