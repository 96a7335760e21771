package dev.memoria.internal.inputs;

import java.nio.file.Path;
import java.security.MessageDigest;

/**
 * One file, keyed by its declared path and its content (see {@link FileDigests}); a relative path is resolved against
 * the working directory. The declared text, not the absolute path, enters the key, so a persisted entry still hits
 * when the application runs from another directory with the same file content.
 */
record FileInput(String declared, Path file, FileDigests digests) implements DeclaredInput {

    FileInput(String declared) {
        this(declared, Path.of(declared), new FileDigests());
    }

    @Override
    public void writeCurrent(MessageDigest digest) {
        Digests.text(digest, "file");
        Digests.text(digest, declared);
        digests.writeCurrent(digest, file);
    }
}
