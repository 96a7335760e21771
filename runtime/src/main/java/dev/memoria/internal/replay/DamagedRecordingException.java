package dev.memoria.internal.replay;

/**
 * A recording read back from a store that cannot be replayed: its bytes do not decode, or a call's arguments name a
 * class its toolkit does not record. Its entry is dropped and recomputed, as a damaged value is.
 */
public final class DamagedRecordingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DamagedRecordingException(String reason, Throwable cause) {
        super(reason, cause, false, false);
    }
}
