package dev.memoria.internal.call;

import dev.memoria.internal.recording.Recording;
import dev.memoria.internal.value.DamagedValueException;
import dev.memoria.internal.value.Spill;
import dev.memoria.internal.value.Stored;

/** How one kind of cache stores and hands out values: copies for {@code @CacheData}, shared objects for {@code @CacheResource}. */
interface EntryKind {

    /**
     * Turns a freshly computed value into a store entry, with the UI calls computing it made; large arrays of a copy
     * go to {@code spill}.
     */
    Stored capture(Object value, Object receiver, Spill spill, Recording calls);

    /** What the caller that computed {@code value} gets back, once it is stored as {@code stored}. */
    Object handBack(Object value, Stored stored);

    /**
     * The value a hit hands to its caller.
     *
     * @throws StaleEntryException when the entry cannot serve this caller and must be recomputed
     */
    Object deliver(Stored stored);

    /**
     * When an entry that is its own hit may be handed out as it is, with no check: the {@link Hit#plainAs} it must
     * have, so that {@link #stillValid} and {@link #deliver} would allow it; {@code null} when every hit is checked.
     * Decided once, from what the method declares.
     */
    Class<?> plainHitType();

    /** Whether a stored entry may still be served ({@code validate}); an invalid one is dropped and recomputed. */
    boolean stillValid(Stored stored, Object receiver);

    /**
     * An entry that cannot be served (corrupt, or of a class from another loader). Its message completes a sentence
     * that starts with the entry, e.g. {@code holds a example.Parcel from another class loader}.
     */
    final class StaleEntryException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        /** What {@code explain} names: the message, or less when the message could quote the value. */
        private final String detail;
        /** What {@code explain} says, when the store that read the entry already reported it; else null. */
        private final String explanation;

        StaleEntryException(String message, Throwable cause) {
            this(message, message, cause);
        }

        StaleEntryException(String message, String detail, Throwable cause) {
            super(message, cause, false, false);
            this.detail = detail;
            this.explanation = null;
        }

        /** An entry its store already dropped and reported: what remains is to discard its copies and recompute. */
        StaleEntryException(DamagedValueException damaged) {
            super(damaged.getMessage(), damaged, false, false);
            this.detail = damaged.getMessage();
            this.explanation = damaged.explanation();
        }

        String detail() {
            return detail;
        }

        /** Whether the store reported the entry itself, so the call must not report it again. */
        boolean reportedByStore() {
            return explanation != null;
        }

        /** What {@code explain} says of the dropped entry. */
        String explanation() {
            return explanation != null ? explanation : "it " + detail;
        }
    }
}
