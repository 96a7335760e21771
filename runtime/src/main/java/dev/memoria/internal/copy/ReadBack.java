package dev.memoria.internal.copy;

import dev.memoria.internal.value.Serialized;
import org.apache.fory.ThreadSafeFory;

import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;

/**
 * Deserializes the values one persisted method reads back from disk or off-heap memory. Its serializer admits only
 * the types that method declares (see {@link AllowList}) and JDK value types, so a tampered file, or the bytes of
 * another method's entry put in its place, cannot make it instantiate anything else; and what comes back must be an
 * instance of the declared return type, so a caller never receives a value of the wrong type.
 *
 * <p>Each method has its own serializer because a serializer remembers the classes it has admitted: one shared by
 * the methods of a class loader would admit, for every method, what any of them declares.
 */
public final class ReadBack {

    private final ValueCopier copier;
    private final Type declared;
    private final Class<?> erasure;
    /** Built for {@link ValueCopier#SHALLOW_DEPTH}: what almost every value needs, built at the first call. */
    private volatile ThreadSafeFory fory;
    /** Built for {@link ValueCopier#MAX_DEPTH}, when a value nested deeper than the first admits is read back. */
    private ThreadSafeFory deep;

    ReadBack(ValueCopier copier, Type declared) {
        this.copier = copier;
        this.declared = declared;
        this.erasure = MethodType.methodType(erasure(declared)).wrap().returnType();
    }

    /**
     * A fresh deep copy of the stored value, wherever it was stored.
     *
     * @throws NotAllowedException when a value read back contains, or is, a class its method does not declare
     * @throws dev.memoria.internal.value.DamagedValueException when its buffers failed their authentication
     */
    public Object deserialize(Serialized serialized) {
        if (!serialized.isReadBack()) {
            return copier.deserialize(serialized);
        }
        Object value;
        try {
            value = read(serialized);
        } catch (RuntimeException e) {
            serialized.awaitAuthentic(); // a damaged entry is reported as damaged, not as a refused class
            throw NotAllowedException.foundIn(e);
        }
        // the buffers were copied while they were authenticated: no copy of them leaves before they passed
        serialized.awaitAuthentic();
        if (value != null && !erasure.isInstance(value)) {
            throw new NotAllowedException(value.getClass().getName());
        }
        return value;
    }

    /** Builds the serializer now rather than at the first read, for a caller that has time to spare meanwhile. */
    public void prepare() {
        try {
            fory();
        } catch (RuntimeException | LinkageError e) {
            // the first read meets it again, where it is reported
        }
    }

    /** The value, read again by a deeper serializer when the first refused it for its depth alone. */
    private Object read(Serialized serialized) {
        try {
            return ValueCopier.deserialize(serialized, fory());
        } catch (RuntimeException e) {
            if (!ValueCopier.tooDeep(e)) {
                throw e;
            }
        }
        return ValueCopier.deserialize(serialized, deep()); // the payload is unchanged: it is read from the start
    }

    private ThreadSafeFory fory() {
        ThreadSafeFory reader = fory;
        if (reader == null) {
            synchronized (this) {
                if (fory == null) {
                    fory = build(ValueCopier.SHALLOW_DEPTH);
                }
                reader = fory;
            }
        }
        return reader;
    }

    /** Rarely needed, so simply locked. */
    private synchronized ThreadSafeFory deep() {
        if (deep == null) {
            deep = build(ValueCopier.MAX_DEPTH);
        }
        return deep;
    }

    private ThreadSafeFory build(int maxDepth) {
        return ForyPools.forReadBack(copier.loader(), declared, maxDepth);
    }

    private static Class<?> erasure(Type type) {
        if (type instanceof Class<?> raw) {
            return raw;
        }
        if (type instanceof ParameterizedType parameterized) {
            return erasure(parameterized.getRawType());
        }
        if (type instanceof GenericArrayType array) {
            return Array.newInstance(erasure(array.getGenericComponentType()), 0).getClass();
        }
        if (type instanceof TypeVariable<?> variable) {
            return erasure(variable.getBounds()[0]);
        }
        if (type instanceof WildcardType wildcard) {
            return erasure(wildcard.getUpperBounds()[0]);
        }
        return Object.class;
    }
}
