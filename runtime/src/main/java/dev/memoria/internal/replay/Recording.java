package dev.memoria.internal.replay;

import java.util.List;

/** The UI calls one computation of a cached method made, in order; stored with its entry and replayed on hits. */
public final class Recording {

    /** A computation that made no UI call. */
    public static final Recording NONE = new Recording(List.of());

    private final List<RecordedCall> calls;

    private Recording(List<RecordedCall> calls) {
        this.calls = calls;
    }

    static Recording of(List<RecordedCall> calls) {
        return calls.isEmpty() ? NONE : new Recording(List.copyOf(calls));
    }

    public boolean isEmpty() {
        return calls.isEmpty();
    }

    List<RecordedCall> calls() {
        return calls;
    }

    @Override
    public String toString() {
        return "Recording" + calls;
    }
}
