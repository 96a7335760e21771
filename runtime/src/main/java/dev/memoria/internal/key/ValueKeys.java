package dev.memoria.internal.key;

import java.lang.invoke.MethodType;
import java.util.Arrays;

/**
 * Lookup keys made of the hashed values themselves, for calls whose hashed values are all small and immutable:
 * scalars ({@code null}, the primitive boxes, {@code String}, enum constants) and records whose components, as their
 * accessors return them, are such values too (nested up to {@value #MAX_RECORD_DEPTH} records deep). Within one
 * method's cache such a key is equal to another exactly when their digests are equal, because each scalar's
 * {@code equals} draws the distinctions its encoding draws (see docs/hashing.md): a box's class is part of both
 * ({@code 1} is not {@code 1L}), floating-point boxes compare by their bits ({@code 0.0} is not {@code -0.0}, one
 * NaN), strings by their UTF-16 code units, enum constants by identity, which within one class loader is declaring
 * class and name; a record is its class and its components, read through the accessors as the digest reads them
 * (never its own {@code equals}, which may be overridden). The one difference is in the safe direction: after a hot
 * reload, an enum constant or record of the new class does not find an entry keyed by the old class's, so that call
 * computes once more.
 *
 * <p>A parameter declared with such a type ({@link #keyedAsItself}) is taken as it is, without looking at its class on
 * each call. A call with one scalar is keyed by the value itself ({@link #NULL} for {@code null}): no allocation at all. A
 * record, or two to {@value #MAX_VALUES} values, are wrapped. A value of a type the method has a user {@code Hasher}
 * for is never taken by value: its key must be the hasher's. Lists, sets, maps and arrays are always digested: a
 * caller may change them after the call, and a key must not change in the map that holds it.
 */
final class ValueKeys {

    /** The most hashed values a lookup key holds by value; calls with more are digested. */
    static final int MAX_VALUES = 8;

    /** How deep records nest in a lookup key; deeper ones are digested. */
    static final int MAX_RECORD_DEPTH = 4;

    /** What {@link #byValue} returns for a value that must be digested. */
    static final Object DIGEST = new Marker("digest");

    /** The key of a call that hashes nothing: every call shares one entry. */
    static final Object NONE = new Marker("no hashed values");

    /** Stands for {@code null} as a single value (map keys cannot be {@code null}). */
    static final Object NULL = new Marker("null");

    private ValueKeys() {
    }

    /**
     * The part of a lookup key that stands for {@code value} in a method with these hashers: the value itself for a
     * scalar, a snapshot of a record's components, or {@link #DIGEST} when it must be digested.
     */
    static Object byValue(Object value, HasherTable hashers) {
        return byValue(value, hashers, 0);
    }

    private static Object byValue(Object value, HasherTable hashers, int depth) {
        if (value == null) {
            return null;
        }
        Class<?> type = value.getClass();
        if (hashers.forClass(type) != null) {
            return DIGEST;
        }
        if (isScalar(type) || value instanceof Enum<?>) {
            return value;
        }
        if (!type.isRecord() || depth == MAX_RECORD_DEPTH || !(Rules.forClass(type) instanceof RecordRule rule)) {
            return DIGEST;
        }
        Object[] components;
        try {
            components = rule.components(value);
        } catch (UnhashableValueException e) {
            return DIGEST; // the digest reports it, naming the parameter
        }
        for (int i = 0; i < components.length; i++) {
            components[i] = byValue(components[i], hashers, depth + 1);
            if (components[i] == DIGEST) {
                return DIGEST;
            }
        }
        return new RecordValue(type, components);
    }

    /**
     * Whether every value of a parameter declared as {@code declared} is its own part of a lookup key, whatever its
     * run-time class, so that {@link #byValue} need not look at it: a primitive (always its box), {@code String}, a
     * box, or an enum (its constants, with or without bodies), when no user hasher may apply to it.
     */
    static boolean keyedAsItself(Class<?> declared, HasherTable hashers) {
        Class<?> boxed = MethodType.methodType(declared).wrap().returnType();
        return (isScalar(boxed) || declared.isEnum()) && !hashers.mayApplyWithin(boxed);
    }

    /** {@code String} and the primitive boxes: final classes whose {@code equals} draws the digest's distinctions. */
    private static boolean isScalar(Class<?> type) {
        return type == String.class || type == Integer.class || type == Long.class || type == Boolean.class
               || type == Double.class || type == Character.class || type == Byte.class || type == Short.class
               || type == Float.class;
    }

    /** The lookup key of a call with one hashed value, as {@link #byValue} gave it. */
    static Object single(Object part) {
        return part == null ? NULL : part;
    }

    /** The lookup key of a call with several hashed values, as {@link #byValue} gave them; owns the array. */
    static Object of(Object[] parts) {
        return new Values(parts);
    }

    /**
     * Values that encode as the hashed values a lookup key of {@code count} values stands for, in slot order: the
     * scalars themselves, and for each record a stand-in whose digest is the record's.
     */
    static Object[] values(Object lookupKey, int count) {
        if (lookupKey == NONE && count == 0) {
            return new Object[0];
        }
        if (count == 1 && !(lookupKey instanceof Values) && !(lookupKey instanceof Key)) {
            return new Object[]{lookupKey == NULL ? null : lookupKey};
        }
        if (lookupKey instanceof Values values && values.values.length == count) {
            return values.values.clone();
        }
        throw new IllegalArgumentException("not a lookup key of " + count + " values: " + lookupKey);
    }

    /**
     * A record as a lookup key holds it: its class and its components' parts. {@link RecordRule} encodes it as it
     * encodes the record (see {@link #encodeTo}).
     */
    static final class RecordValue {

        private final Class<?> type;
        private final Object[] components;
        private final int hash;

        RecordValue(Class<?> type, Object[] components) {
            this.type = type;
            this.components = components;
            this.hash = 31 * type.hashCode() + Arrays.hashCode(components);
        }

        /** Writes what the record's own rule writes: its class name, the count, then each component. */
        void encodeTo(DigestSink out, ValueEncoder values) {
            out.tag(Tag.RECORD);
            out.text(type.getName());
            out.i32(components.length);
            for (Object component : components) {
                values.value(component);
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof RecordValue that && hash == that.hash && type == that.type
                   && Arrays.equals(components, that.components);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public String toString() {
            return type.getSimpleName() + Arrays.toString(components);
        }
    }

    /** Two or more scalars, compared element by element. Immutable: it owns its array. */
    private static final class Values {

        private final Object[] values;
        private final int hash;

        Values(Object[] values) {
            this.values = values;
            this.hash = Arrays.hashCode(values);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Values that && hash == that.hash && Arrays.equals(values, that.values);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public String toString() {
            return Arrays.toString(values);
        }
    }

    /** A key that is equal only to itself. */
    private record Marker(String name) {
        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
