package dev.memoria.internal.inputs;

import java.security.MessageDigest;

/** One declared input: something a cached method reads whose current value joins its key. */
sealed interface DeclaredInput permits TextInput, FileInput, GlobInput {

    /** Writes the input's current value into {@code digest}, unambiguously (kind, then length-prefixed fields). */
    void writeCurrent(MessageDigest digest);
}
