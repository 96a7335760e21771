package dev.memoria.internal.value;

/**
 * A {@link Spill}'s storage failed while a value was being serialized into it (a full disk, say). The value is then
 * serialized on the heap instead, and the store's own write reports the failure.
 */
public final class SpillFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SpillFailedException(Throwable cause) {
        super(cause);
    }
}
