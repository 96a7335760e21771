package dev.memoria.internal.copy;

/** A value read back from disk names a class outside the {@link AllowList}; the entry is dropped, not served. */
public final class NotAllowedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String className;

    NotAllowedException(String className) {
        super(className + " is not allowed in values read back from disk", null, false, false);
        this.className = className;
    }

    /**
     * The refusal behind a deserialization failure (Fory wraps what its type checker throws), or the failure itself
     * when no class was refused.
     */
    static RuntimeException foundIn(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof NotAllowedException notAllowed) {
                return notAllowed;
            }
        }
        return failure;
    }

    /** The refused class. */
    public String className() {
        return className;
    }
}
