package dev.memoria.internal.call;

import dev.memoria.UnserializableReturnValueException;
import dev.memoria.internal.copy.DeeplyImmutable;
import dev.memoria.internal.copy.NotAllowedException;
import dev.memoria.internal.copy.NotCopyableException;
import dev.memoria.internal.copy.ReadBack;
import dev.memoria.internal.copy.ValueCopier;
import dev.memoria.internal.recording.Recording;
import dev.memoria.internal.replay.DamagedRecordingException;
import dev.memoria.internal.replay.RecordingFormat;
import dev.memoria.internal.report.Messages;
import dev.memoria.internal.store.ObjectSizes;
import dev.memoria.internal.time.Clock;
import dev.memoria.internal.value.DamagedValueException;
import dev.memoria.internal.value.Serialized;
import dev.memoria.internal.value.Spill;
import dev.memoria.internal.value.SpillFailedException;
import dev.memoria.internal.value.Stored;

/**
 * {@code @CacheData}: entries are serialized copies; every hit deserializes a fresh one, except for a value no caller
 * can change ({@link DeeplyImmutable}), which every hit shares.
 */
final class DataEntries implements EntryKind {

    private final String method;
    private final ValueCopier copier;
    private final ReadBack readBack;
    private final Clock clock;

    /** @param clock the engine's: when each entry was computed, what its {@code ttl} counts from */
    DataEntries(String method, ValueCopier copier, ReadBack readBack, Clock clock) {
        this.method = method;
        this.clock = clock;
        this.copier = copier;
        this.readBack = readBack;
    }

    /**
     * Serializes into the store's spill; when that storage fails, on the heap (the store then reports it). A value no
     * caller can change is kept as it is: alone when only memory keeps it, beside its bytes when a tier stores them.
     */
    @Override
    public Stored capture(Object value, Object receiver, Spill spill, Recording calls) {
        boolean immutable = DeeplyImmutable.holds(value);
        long now = clock.currentTimeMillis();
        if (immutable && !spill.keepsBytes()) {
            return new SharedData(value, ObjectSizes.deepSize(value), calls, now);
        }
        try {
            Serialized serialized;
            if (!spill.keepsBytes()) {
                serialized = copier.serializeForMemory(value).entry(calls, now);
            } else {
                try {
                    serialized = copier.serialize(value, spill).entry(calls, now);
                } catch (SpillFailedException storageFailed) {
                    serialized = copier.serialize(value, Spill.onHeap()).entry(calls, now);
                }
            }
            return immutable ? serialized.sharing(value) : serialized;
        } catch (NotCopyableException e) {
            throw new UnserializableReturnValueException(method, value.getClass().getName(), e.offendingType(), e);
        }
    }

    /** The computing caller gets the original: it was serialized before being handed back. */
    @Override
    public Object handBack(Object value, Stored stored) {
        return value;
    }

    /** The value, after decoding a recording read back from disk, which the hit replays next. */
    @Override
    public Object deliver(Stored stored) {
        if (stored instanceof SharedData shared) {
            return shared.value();
        }
        Serialized serialized = (Serialized) stored;
        return serialized.isShared() ? serialized.shared() : copy(serialized);
    }

    /** A fresh copy; its own method, so that a hit of a shared value inlines only the lines above. */
    private Object copy(Serialized serialized) {
        if (!serialized.recording().isEmpty()) {
            decodeRecording(serialized);
        }
        try {
            // a value made in this JVM goes to the copier straight: one level less for the JIT to inline through
            return serialized.isReadBack() ? readBack.deserialize(serialized) : copier.deserialize(serialized);
        } catch (DamagedValueException e) {
            throw new StaleEntryException(e);
        } catch (NotAllowedException e) {
            throw new StaleEntryException(Messages.holdsUndeclaredType(e.className(), method), e);
        } catch (RuntimeException | LinkageError e) {
            rethrowJvmError(e);
            // the failure's message may quote the value (a constructor's check, say): explain names its class only
            throw new StaleEntryException(Messages.unreadable(e.toString()),
                    Messages.unreadableAs(e.getClass().getName()), e);
        }
    }

    private void decodeRecording(Serialized serialized) {
        try {
            RecordingFormat.decodeFor(serialized.recording(), copier.loader());
        } catch (DamagedRecordingException e) {
            throw new StaleEntryException(Messages.holdsDamagedRecording(e.getMessage()), e);
        }
    }

    /**
     * Running out of memory while reading a value back says nothing about the entry: a JVM with room for it will read
     * it fine. The error reaches the caller and the entry stays, rather than being dropped as damaged.
     */
    private static void rethrowJvmError(Throwable failure) {
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof VirtualMachineError error) {
                throw error;
            }
        }
    }

    /** A value no caller can change, kept as it is ({@link SharedData}): {@link #deliver} hands it out unchecked. */
    @Override
    public Class<?> plainHitType() {
        return Object.class;
    }

    @Override
    public boolean stillValid(Stored stored, Object receiver) {
        return true;
    }
}
