package dev.memoria.internal.key;

import java.util.Arrays;

/**
 * Lookup keys made of the hashed values themselves, for calls whose hashed values are all scalars: {@code null}, the
 * primitive boxes, {@code String} and enum constants. Within one method's cache such a key is equal to another exactly
 * when their digests are equal, because each scalar's {@code equals} draws the distinctions its encoding draws (see
 * docs/hashing.md): a box's class is part of both ({@code 1} is not {@code 1L}), floating-point boxes compare by
 * their bits ({@code 0.0} is not {@code -0.0}, one NaN), strings by their UTF-16 code units, enum constants by
 * identity, which within one class loader is declaring class and name. The one difference is in the safe direction:
 * after a hot reload, an enum constant of the new class does not find an entry keyed by the old class's constant, so
 * that call computes once more.
 *
 * <p>A call with one hashed value is keyed by the value itself ({@link #NULL} for {@code null}): no allocation at all.
 * Two to {@value #MAX_VALUES} values are wrapped in one {@link Values}. A value of a type the method has a user
 * {@code Hasher} for is never a scalar here: its key must be the hasher's.
 */
final class ValueKeys {

    /** The most hashed values a lookup key holds by value; calls with more are digested. */
    static final int MAX_VALUES = 8;

    /** The key of a call that hashes nothing: every call shares one entry. */
    static final Object NONE = new Marker("no hashed values");

    /** Stands for {@code null} as a single value (map keys cannot be {@code null}). */
    static final Object NULL = new Marker("null");

    private ValueKeys() {
    }

    /** Whether {@code value} can stand for itself in a lookup key of a method with these hashers. */
    static boolean isScalar(Object value, HasherTable hashers) {
        if (value == null) {
            return true;
        }
        Class<?> type = value.getClass();
        boolean scalar = type == String.class || type == Integer.class || type == Long.class
                         || type == Boolean.class || type == Double.class || type == Character.class
                         || type == Byte.class || type == Short.class || type == Float.class
                         || value instanceof Enum<?>;
        return scalar && hashers.forClass(type) == null;
    }

    static Object single(Object value) {
        return value == null ? NULL : value;
    }

    static Object of(Object[] values) {
        return new Values(values);
    }

    /** The hashed values a lookup key of {@code count} values stands for, in slot order. */
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
