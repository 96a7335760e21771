package dev.memoria.internal.key;

/** How values of one class are written into the key: the tag, then the payload. */
interface Rule {

    /**
     * Writes {@code value} to {@code out}; values nested inside it go through {@code values}, which applies the user
     * hashers, guards against cycles and reports where an unhashable value sits.
     */
    void write(Object value, DigestSink out, ValueEncoder values);

    /**
     * Whether values of this rule contain other values. Only those can take part in a cycle or nest deeply, so only
     * those are tracked on the encoder's stack.
     */
    default boolean nests() {
        return false;
    }
}
