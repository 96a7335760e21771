package dev.memoria.internal.value;

/**
 * A value read back failed its {@link Authentication} after it was handed to the deserializer. The store that read it
 * has already dropped the entry and reported it; the caller discards its copy and recomputes.
 */
public final class DamagedValueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What {@code explain} says of the entry, as the store recorded it. */
    private final String explanation;

    /**
     * @param why         completes "the entry was dropped because ...", e.g. {@code it fails its authentication: ...}
     * @param explanation what {@code explain} says of the entry
     */
    public DamagedValueException(String why, String explanation) {
        super(why, null, false, false);
        this.explanation = explanation;
    }

    public String explanation() {
        return explanation;
    }
}
