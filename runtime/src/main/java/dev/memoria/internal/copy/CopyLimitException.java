package dev.memoria.internal.copy;

/**
 * A value that is plain data but too deep or too large for this JVM to copy: nothing is wrong with its type, so the
 * computing caller still gets it, and only the entry is not stored. The message names the limit that was met.
 */
public final class CopyLimitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CopyLimitException(String message, Throwable cause) {
        super(message, cause);
    }
}
