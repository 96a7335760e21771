package dev.memoria.internal.key;

import java.lang.reflect.Array;
import java.nio.ByteBuffer;

/**
 * Arrays of one primitive type, hashed whole (never sampled) as tag, element type, length and the raw little-endian
 * elements. Arrays of {@link ArrayTree#THRESHOLD_BYTES} and more are hashed as a tree of chunk digests, in parallel.
 *
 * <p>Elements are copied bit for bit, so two NaNs with different payloads differ; at worst that costs a cache miss.
 */
enum PrimitiveArrayRule implements Rule {
    BOOLEAN(boolean.class, 'Z', 1) {
        @Override
        void copyLittleEndian(Object array, int from, int count, ByteBuffer to) {
            boolean[] booleans = (boolean[]) array;
            int at = to.position();
            for (int i = 0; i < count; i++) {
                to.put(at + i, booleans[from + i] ? (byte) 1 : (byte) 0);
            }
        }
    },
    BYTE(byte.class, 'B', Byte.BYTES) {
        @Override
        void copyLittleEndian(Object array, int from, int count, ByteBuffer to) {
            to.put(to.position(), (byte[]) array, from, count);
        }
    },
    SHORT(short.class, 'S', Short.BYTES) {
        @Override
        void copyLittleEndian(Object array, int from, int count, ByteBuffer to) {
            to.asShortBuffer().put((short[]) array, from, count);
        }
    },
    CHAR(char.class, 'C', Character.BYTES) {
        @Override
        void copyLittleEndian(Object array, int from, int count, ByteBuffer to) {
            to.asCharBuffer().put((char[]) array, from, count);
        }
    },
    INT(int.class, 'I', Integer.BYTES) {
        @Override
        void copyLittleEndian(Object array, int from, int count, ByteBuffer to) {
            to.asIntBuffer().put((int[]) array, from, count);
        }
    },
    LONG(long.class, 'J', Long.BYTES) {
        @Override
        void copyLittleEndian(Object array, int from, int count, ByteBuffer to) {
            to.asLongBuffer().put((long[]) array, from, count);
        }
    },
    FLOAT(float.class, 'F', Float.BYTES) {
        @Override
        void copyLittleEndian(Object array, int from, int count, ByteBuffer to) {
            to.asFloatBuffer().put((float[]) array, from, count);
        }
    },
    DOUBLE(double.class, 'D', Double.BYTES) {
        @Override
        void copyLittleEndian(Object array, int from, int count, ByteBuffer to) {
            to.asDoubleBuffer().put((double[]) array, from, count);
        }
    };

    private final Class<?> elementType;
    /** The element type's JVM descriptor character, written after the tag. */
    private final char descriptor;
    final int elementBytes;

    PrimitiveArrayRule(Class<?> elementType, char descriptor, int elementBytes) {
        this.elementType = elementType;
        this.descriptor = descriptor;
        this.elementBytes = elementBytes;
    }

    /** Returns the rule for arrays of {@code elementType}, a primitive type. */
    static PrimitiveArrayRule of(Class<?> elementType) {
        for (PrimitiveArrayRule rule : values()) {
            if (rule.elementType == elementType) {
                return rule;
            }
        }
        throw new IllegalArgumentException("Not a primitive type: " + elementType);
    }

    /**
     * Copies {@code array[from..from+count)} into {@code to} at its position, little-endian, without moving the
     * position. The caller guarantees the room.
     */
    abstract void copyLittleEndian(Object array, int from, int count, ByteBuffer to);

    @Override
    public void write(Object array, DigestSink out, ValueEncoder values) {
        int length = Array.getLength(array);
        boolean large = (long) length * elementBytes >= ArrayTree.THRESHOLD_BYTES;
        out.tag(large ? Tag.PRIMITIVE_ARRAY_TREE : Tag.PRIMITIVE_ARRAY);
        out.u8(descriptor);
        out.i32(length);
        if (large) {
            for (byte[] leaf : ArrayTree.leafDigests(this, array, length)) {
                out.raw(leaf);
            }
        } else {
            out.elements(this, array, 0, length);
        }
    }
}
