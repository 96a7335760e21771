package dev.memoria.internal.key;

/**
 * Lends each thread its reusable {@link ValueEncoder}, so a key costs no digest or buffer allocation. A user Hasher may
 * compute another cached method's key while this thread's encoder is mid-key: that re-entrant call finds the slot
 * empty and gets a fresh encoder, so an encoder in use is never shared.
 */
final class ThreadEncoders {

    private static final ThreadLocal<ValueEncoder> IDLE = new ThreadLocal<>();

    private ThreadEncoders() {
    }

    /** Returns this thread's idle encoder, or a new one when it is lent out already. */
    static ValueEncoder borrow() {
        ValueEncoder idle = IDLE.get();
        if (idle == null) {
            return new ValueEncoder();
        }
        IDLE.set(null);
        return idle;
    }

    /** Takes back an encoder from {@link #borrow()}, whether its key was built or failed. */
    static void giveBack(ValueEncoder encoder) {
        encoder.end();
        IDLE.set(encoder);
    }
}
