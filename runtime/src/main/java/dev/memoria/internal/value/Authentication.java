package dev.memoria.internal.value;

/**
 * The outstanding check of a value read back whose large buffers are authenticated while they are copied
 * (docs/storage.md, "Reading a large entry back"): everything the deserializer parses was authenticated before the
 * value was handed out, and the buffers, which it only copies into new primitive arrays, are checked before any copy
 * of them reaches a caller.
 */
public interface Authentication {

    /**
     * Returns once the whole payload proved authentic; the answer is kept, so later calls return at once.
     *
     * @throws DamagedValueException when it did not: the store has then dropped the entry and reported it
     */
    void await();
}
