package dev.memoria.internal.call;

import dev.memoria.internal.recording.Recording;
import dev.memoria.internal.value.Stored;

/** A {@code @CacheResource} entry: the shared object, and how to release it; also the hit that returns it. */
final class Resource extends Hit implements Stored {

    private final Object creator;
    /** Its method's entries: how to release it. */
    private final ResourceEntries kind;
    private final long weight;
    private final long writtenAtMillis;
    private final Recording recording;

    /**
     * @param returnType      the method's return type (boxed), of the class loader that computed the value
     * @param writtenAtMillis when it was created, on its engine's clock
     */
    Resource(Object value, Class<?> returnType, Object creator, ResourceEntries kind, long weight,
             long writtenAtMillis, Recording recording) {
        super(value, returnType, recording);
        this.creator = creator;
        this.kind = kind;
        this.weight = weight;
        this.writtenAtMillis = writtenAtMillis;
        this.recording = recording;
    }

    @Override
    public Recording recording() {
        return recording;
    }

    Object value() {
        return value;
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
        kind.release(creator, value);
    }
}
