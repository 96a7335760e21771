package dev.memoria.internal.copy;

/** A value read back from disk names a class outside the {@link AllowList}; the entry is dropped, not served. */
public final class NotAllowedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String className;

    NotAllowedException(String className) {
        super(className + " is not allowed in values read back from disk", null, false, false);
        this.className = className;
    }

    /** The refused class. */
    public String className() {
        return className;
    }
}
