package dev.memoria.internal.call;

import dev.memoria.internal.recording.Recording;
import dev.memoria.internal.report.Messages;
import dev.memoria.internal.report.Reporter;
import dev.memoria.internal.store.ObjectSizes;
import dev.memoria.internal.time.Clock;
import dev.memoria.internal.value.Spill;
import dev.memoria.internal.value.Stored;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.UndeclaredThrowableException;
import java.nio.Buffer;

/** {@code @CacheResource}: entries hold the shared object itself; {@code validate} guards hits, {@code onRelease} runs on removal. */
final class ResourceEntries implements EntryKind {

    private final String method;
    private final Class<?> returnType;
    private final Callback validate;
    private final Callback onRelease;
    private final boolean offHeap;
    private final Clock clock;
    private final Reporter reporter;

    /**
     * @param returnType the method's return type (boxed); a reloaded class only accepts objects of its own classes
     * @param validate   {@code boolean m(value)}, or {@code null}
     * @param onRelease  {@code void m(value)}, or {@code null}
     * @param offHeap    whether the method returns a {@code java.nio} buffer to keep off-heap and share read-only
     * @param clock      the engine's: when each resource was created
     * @param reporter   the engine's: told when {@code onRelease} fails
     */
    ResourceEntries(String method, Class<?> returnType, Callback validate, Callback onRelease, boolean offHeap,
                    Clock clock, Reporter reporter) {
        this.clock = clock;
        this.reporter = reporter;
        this.method = method;
        this.returnType = returnType;
        this.validate = validate;
        this.onRelease = onRelease;
        this.offHeap = offHeap;
    }

    @Override
    public Stored capture(Object value, Object receiver, Spill spill, Recording calls) {
        if (offHeap && value != null) {
            Buffer held = OffHeapBuffers.hold((Buffer) value);
            return new Resource(held, returnType, receiver, this, OffHeapBuffers.bytes(held),
                    clock.currentTimeMillis(), calls);
        }
        return new Resource(value, returnType, receiver, this, ObjectSizes.deepSize(value), clock.currentTimeMillis(),
                calls);
    }

    /** Runs {@code onRelease} on a resource leaving the cache; a failure is reported, never thrown. */
    void release(Object creator, Object value) {
        if (onRelease == null) {
            return;
        }
        try {
            onRelease.invoke(creator, value);
        } catch (Throwable e) {
            reporter.once("onRelease " + method + " " + e, Messages.onReleaseFailed(method, String.valueOf(e)));
        }
    }

    /** The computing caller gets what every other caller gets: the shared object, or a view of the shared buffer. */
    @Override
    public Object handBack(Object value, Stored stored) {
        return deliver(stored);
    }

    @Override
    public Object deliver(Stored stored) {
        Object value = ((Resource) stored).value();
        if (value != null && offHeap) {
            return OffHeapBuffers.view((Buffer) value);
        }
        if (value != null && !returnType.isInstance(value)) {
            throw fromAnotherLoader(value);
        }
        return value;
    }

    private static StaleEntryException fromAnotherLoader(Object value) {
        return new StaleEntryException(Messages.fromAnotherLoader(value.getClass().getName()), null);
    }

    /**
     * This loader's return type, without {@code validate} or a buffer view to make: an entry stored by this method's
     * class (not one reloaded since) holds a value of it.
     */
    @Override
    public Class<?> plainHitType() {
        return validate == null && !offHeap ? returnType : null;
    }

    @Override
    public boolean stillValid(Stored stored, Object receiver) {
        return validate == null || validate(stored, receiver);
    }

    private boolean validate(Stored stored, Object receiver) {
        try {
            return (boolean) validate.invoke(receiver, ((Resource) stored).value());
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new UndeclaredThrowableException(e, Messages.callbackThrew("validate", method, e.toString()));
        }
    }

    /** A {@code validate} or {@code onRelease} method: static {@code m(value)} or instance {@code receiver.m(value)}. */
    static final class Callback {

        private final MethodHandle handle;
        private final boolean isStatic;

        Callback(MethodHandle handle, boolean isStatic) {
            this.handle = handle;
            this.isStatic = isStatic;
        }

        Object invoke(Object receiver, Object value) throws Throwable {
            return isStatic ? handle.invoke(value) : handle.invoke(receiver, value);
        }
    }
}
