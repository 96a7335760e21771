package dev.memoria.internal.replay;

import java.util.List;

/**
 * The UI calls one computation of a cached method made, in order; stored with its entry and replayed on hits.
 *
 * <p>A recording read back from disk stays as bytes until {@link #decodeFor} finds the bindings of its toolkits in
 * this JVM: a JVM that never loads the toolkit never deserializes what the file holds, and one that loads it late
 * still replays once it has.
 */
public final class Recording {

    /** A computation that made no UI call. */
    public static final Recording NONE = new Recording(List.of(), null);

    /** The calls; {@code null} while a recording read back is not decoded yet. */
    private volatile List<RecordedCall> calls;
    /** What a store held, in {@link RecordingFormat}; {@code null} for a recording made in this JVM. */
    private final byte[] stored;

    private Recording(List<RecordedCall> calls, byte[] stored) {
        this.calls = calls;
        this.stored = stored;
    }

    static Recording of(List<RecordedCall> calls) {
        return calls.isEmpty() ? NONE : new Recording(List.copyOf(calls), null);
    }

    /** A recording read back from a store, in {@link RecordingFormat}; decoded by {@link #decodeFor}. */
    static Recording readBack(byte[] stored) {
        return stored.length == 0 ? NONE : new Recording(null, stored);
    }

    public boolean isEmpty() {
        return stored == null && calls.isEmpty();
    }

    /**
     * Decodes a recording read back from a store, once the bindings of all its toolkits are installed; until then,
     * and for a recording made in this JVM, does nothing. Called before a hit replays.
     *
     * @param loader the loader of the cached method, which sees the classes of the toolkits it draws with
     * @throws DamagedRecordingException when the recording cannot be decoded, or names a class its toolkit does not
     *                                   record
     */
    public void decodeFor(ClassLoader loader) {
        if (calls == null && RecordingFormat.toolkitsBound(stored)) {
            calls = RecordingFormat.decode(stored, loader);
        }
    }

    /** The calls to replay: none while a recording read back is not decoded (its toolkits are not loaded). */
    List<RecordedCall> calls() {
        List<RecordedCall> decoded = calls;
        return decoded == null ? List.of() : decoded;
    }

    /** The bytes a store held, or {@code null} for a recording made in this JVM. */
    byte[] stored() {
        return stored;
    }

    @Override
    public String toString() {
        List<RecordedCall> decoded = calls;
        return decoded != null ? "Recording" + decoded : "Recording[" + stored.length + " bytes, not decoded]";
    }
}
