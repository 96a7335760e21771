package dev.memoria.internal.call;

import dev.memoria.internal.recording.Recording;
import dev.memoria.internal.report.Messages;
import dev.memoria.internal.report.Reporter;
import dev.memoria.internal.time.Clock;
import dev.memoria.internal.value.Stored;

/** A {@code @CacheResource} entry: the shared object, and how to release it; also the hit that returns it. */
final class Resource extends Hit implements Stored {

    private final Object creator;
    private final ResourceEntries.Callback onRelease;
    private final long weight;
    private final long writtenAtMillis = Clock.currentTimeMillis();
    private final String method;
    private final Recording recording;

    /** @param returnType the method's return type (boxed), of the class loader that computed the value */
    Resource(Object value, Class<?> returnType, Object creator, ResourceEntries.Callback onRelease, long weight,
             String method, Recording recording) {
        super(value, returnType, recording);
        this.creator = creator;
        this.onRelease = onRelease;
        this.weight = weight;
        this.method = method;
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
        if (onRelease == null) {
            return;
        }
        try {
            onRelease.invoke(creator, value);
        } catch (Throwable e) {
            Reporter.once("onRelease " + method + " " + e,
                    Messages.onReleaseFailed(method, String.valueOf(e)));
        }
    }
}
