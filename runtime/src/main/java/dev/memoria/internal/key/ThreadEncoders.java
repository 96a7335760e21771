package dev.memoria.internal.key;

/**
 * Lends each thread its reusable {@link ValueEncoder}, so a key costs no digest or buffer allocation, and one
 * thread-local read. A user Hasher may compute another cached method's key while this thread's encoder is mid-key:
 * that re-entrant call finds it lent and gets a fresh encoder, so an encoder in use is never shared.
 */
final class ThreadEncoders {

    private static final ThreadLocal<ValueEncoder> OWN = ThreadLocal.withInitial(ValueEncoder::new);

    private ThreadEncoders() {
    }

    /** Returns this thread's encoder, or a new one when it is lent out already. */
    static ValueEncoder borrow() {
        ValueEncoder own = OWN.get();
        if (own.lent) {
            return new ValueEncoder();
        }
        own.lent = true;
        return own;
    }

    /** Takes back an encoder from {@link #borrow()}, whether its key was built or failed. */
    static void giveBack(ValueEncoder encoder) {
        encoder.end();
        encoder.lent = false;
    }
}
