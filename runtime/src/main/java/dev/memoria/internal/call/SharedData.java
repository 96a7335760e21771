package dev.memoria.internal.call;

import dev.memoria.internal.recording.Recording;
import dev.memoria.internal.value.Stored;

/**
 * A {@code @CacheData} entry of a value no caller can change, kept in memory only: the object itself, never
 * serialized, so it costs no copy on a hit (and the copier is never built for it). Also the hit that returns it.
 */
final class SharedData extends Hit implements Stored {

    private final long weight;
    private final long writtenAtMillis;
    private final Recording recording;

    /** @param writtenAtMillis when it was computed, on its engine's clock */
    SharedData(Object value, long weight, Recording recording, long writtenAtMillis) {
        super(value, Object.class, recording);
        this.weight = weight;
        this.writtenAtMillis = writtenAtMillis;
        this.recording = recording;
    }

    Object value() {
        return value;
    }

    @Override
    public Recording recording() {
        return recording;
    }

    @Override
    public long weight() {
        return weight;
    }

    @Override
    public long writtenAtMillis() {
        return writtenAtMillis;
    }

    @Override
    public void released() {
        // a plain object: the garbage collector takes it
    }
}
