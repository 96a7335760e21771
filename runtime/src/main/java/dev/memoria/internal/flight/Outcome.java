package dev.memoria.internal.flight;

import dev.memoria.internal.value.Stored;

/** What a caller that waited for a {@link Flight} does next. */
public final class Outcome {

    private static final Outcome RETRY = new Outcome(null, false);
    private static final Outcome COMPUTE_ALONE = new Outcome(null, true);

    private final Stored landed;
    private final boolean computeAlone;

    private Outcome(Stored landed, boolean computeAlone) {
        this.landed = landed;
        this.computeAlone = computeAlone;
    }

    static Outcome landed(Stored stored) {
        return new Outcome(stored, false);
    }

    /** The owner failed; look again (the caller may become the next owner). */
    static Outcome retry() {
        return RETRY;
    }

    /** Waiting is impossible; run the body without joining the flight. */
    static Outcome computeAlone() {
        return COMPUTE_ALONE;
    }

    /** The shared result, or {@code null} when there is none. */
    public Stored landed() {
        return landed;
    }

    public boolean shouldComputeAlone() {
        return computeAlone;
    }
}
