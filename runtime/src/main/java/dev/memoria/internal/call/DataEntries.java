package dev.memoria.internal.call;

import dev.memoria.UnserializableReturnValueException;
import dev.memoria.internal.copy.NotCopyableException;
import dev.memoria.internal.copy.Serialized;
import dev.memoria.internal.copy.ValueCopier;
import dev.memoria.internal.store.Stored;

/** {@code @CacheData}: entries are serialized copies; every hit deserializes a fresh one. */
final class DataEntries implements EntryKind {

    private final String method;
    private final ValueCopier copier;

    DataEntries(String method, ValueCopier copier) {
        this.method = method;
        this.copier = copier;
    }

    @Override
    public Stored capture(Object value, Object receiver) {
        try {
            return copier.serialize(value);
        } catch (NotCopyableException e) {
            throw new UnserializableReturnValueException(method, value.getClass().getName(), e.offendingType(), e);
        }
    }

    @Override
    public Object deliver(Stored stored) {
        try {
            return copier.deserialize((Serialized) stored);
        } catch (RuntimeException | LinkageError e) {
            throw new StaleEntryException("could not be read back: " + e, e);
        }
    }

    @Override
    public boolean stillValid(Stored stored, Object receiver) {
        return true;
    }
}
