package dev.memoria.internal.store.chronicle;

/** An entry that fails a check when read back: it is dropped and recomputed, never served. */
final class CorruptEntryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CorruptEntryException(String reason) {
        super(reason, null, false, false);
    }
}
