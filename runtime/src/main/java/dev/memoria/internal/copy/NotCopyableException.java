package dev.memoria.internal.copy;

/** A value cannot be stored as a copy; the call site turns this into an {@code UnserializableReturnValueException}. */
public final class NotCopyableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String offendingType;

    NotCopyableException(String offendingType, String reason, Throwable cause) {
        super(reason, cause);
        this.offendingType = offendingType;
    }

    /** The type inside the value that cannot be copied. */
    public String offendingType() {
        return offendingType;
    }
}
