package dev.memoria.internal.recording;

import java.util.List;
import java.util.function.Function;

/**
 * The UI calls one computation of a cached method made, in order; stored with its entry and replayed on hits.
 *
 * <p>A recording read back from disk stays as bytes until {@link #decodeWith} can decode it (replay does, once the
 * bindings of its toolkits are in this JVM): a JVM that never loads the toolkit never deserializes what the file
 * holds, and one that loads it late still replays once it has. This package is data only, below the values that
 * carry it; what the calls mean is replay's business.
 */
public final class Recording {

    /** A computation that made no UI call. */
    public static final Recording NONE = new Recording(List.of(), null);

    /** The calls; {@code null} while a recording read back is not decoded yet. */
    private volatile List<RecordedCall> calls;
    /** What a store held, in replay's recording format; {@code null} for a recording made in this JVM. */
    private final byte[] stored;

    private Recording(List<RecordedCall> calls, byte[] stored) {
        this.calls = calls;
        this.stored = stored;
    }

    public static Recording of(List<RecordedCall> calls) {
        return calls.isEmpty() ? NONE : new Recording(List.copyOf(calls), null);
    }

    /** A recording read back from a store, in replay's recording format; decoded by {@link #decodeWith}. */
    public static Recording readBack(byte[] stored) {
        return stored.length == 0 ? NONE : new Recording(null, stored);
    }

    public boolean isEmpty() {
        return this == NONE || stored == null && calls.isEmpty();
    }

    /**
     * Decodes a recording read back from a store with {@code decoder}, which returns {@code null} while it cannot
     * yet; a recording made in this JVM, or already decoded, is left as it is.
     */
    public void decodeWith(Function<byte[], List<RecordedCall>> decoder) {
        if (calls == null) {
            List<RecordedCall> decoded = decoder.apply(stored);
            if (decoded != null) {
                calls = List.copyOf(decoded);
            }
        }
    }

    /** The calls to replay: none while a recording read back is not decoded (its toolkits are not loaded). */
    public List<RecordedCall> calls() {
        List<RecordedCall> decoded = calls;
        return decoded == null ? List.of() : decoded;
    }

    /** The bytes a store held, or {@code null} for a recording made in this JVM. */
    public byte[] stored() {
        return stored;
    }

    @Override
    public String toString() {
        List<RecordedCall> decoded = calls;
        return decoded != null ? "Recording" + decoded : "Recording[" + stored.length + " bytes, not decoded]";
    }
}
