package dev.memoria.internal.call;

import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.ShortBuffer;

/**
 * {@code @CacheResource(offHeap = true)}: the contents of a returned {@code java.nio} buffer live off the heap once
 * (a heap buffer is copied to direct memory when it is stored; a direct buffer is kept), and every caller gets a
 * read-only view of that same memory, with its own position and limit. Nothing is copied per call, and no caller can
 * change what the others read.
 */
final class OffHeapBuffers {

    private OffHeapBuffers() {
    }

    /** The buffer to keep: {@code value} itself when it is direct, else a direct copy of its remaining contents. */
    static Buffer hold(Buffer value) {
        if (value.isDirect()) {
            return value;
        }
        if (value instanceof ByteBuffer bytes) {
            return ByteBuffer.allocateDirect(bytes.remaining()).put(bytes.duplicate()).flip();
        }
        ByteBuffer direct = ByteBuffer.allocateDirect(value.remaining() * elementSize(value))
                .order(ByteOrder.nativeOrder());
        if (value instanceof CharBuffer chars) {
            return direct.asCharBuffer().put(chars.duplicate()).flip();
        }
        if (value instanceof ShortBuffer shorts) {
            return direct.asShortBuffer().put(shorts.duplicate()).flip();
        }
        if (value instanceof IntBuffer ints) {
            return direct.asIntBuffer().put(ints.duplicate()).flip();
        }
        if (value instanceof LongBuffer longs) {
            return direct.asLongBuffer().put(longs.duplicate()).flip();
        }
        if (value instanceof FloatBuffer floats) {
            return direct.asFloatBuffer().put(floats.duplicate()).flip();
        }
        return direct.asDoubleBuffer().put(((DoubleBuffer) value).duplicate()).flip();
    }

    /** A read-only view of the kept buffer's memory. */
    static Buffer view(Buffer held) {
        if (held instanceof ByteBuffer bytes) {
            return bytes.asReadOnlyBuffer().order(bytes.order());
        }
        if (held instanceof CharBuffer chars) {
            return chars.asReadOnlyBuffer();
        }
        if (held instanceof ShortBuffer shorts) {
            return shorts.asReadOnlyBuffer();
        }
        if (held instanceof IntBuffer ints) {
            return ints.asReadOnlyBuffer();
        }
        if (held instanceof LongBuffer longs) {
            return longs.asReadOnlyBuffer();
        }
        if (held instanceof FloatBuffer floats) {
            return floats.asReadOnlyBuffer();
        }
        return ((DoubleBuffer) held).asReadOnlyBuffer();
    }

    /** The bytes the kept buffer occupies. */
    static long bytes(Buffer held) {
        return (long) held.capacity() * elementSize(held);
    }

    private static int elementSize(Buffer buffer) {
        if (buffer instanceof ByteBuffer) {
            return 1;
        }
        if (buffer instanceof CharBuffer || buffer instanceof ShortBuffer) {
            return 2;
        }
        if (buffer instanceof IntBuffer || buffer instanceof FloatBuffer) {
            return 4;
        }
        return 8;
    }
}
