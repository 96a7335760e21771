package dev.memoria.bench.table;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.unsafe.UnsafeInput;
import com.esotericsoftware.kryo.unsafe.UnsafeOutput;

/**
 * Kryo 5 at its fastest for primitive arrays: classes registered, no reference tracking, and the {@code Unsafe}
 * streams, which copy arrays in bulk (the plain streams write doubles one by one and are about 3× slower).
 */
final class KryoCopy implements ByteCopy {

    private static final int BUFFER = 1 << 20;

    private final Kryo kryo = new Kryo();

    KryoCopy() {
        kryo.setReferences(false);
        kryo.register(Columns.class);
        kryo.register(double[].class);
    }

    @Override
    public ChunkedBytes serialize(Columns columns) {
        ChunkedBytes bytes = new ChunkedBytes();
        try (UnsafeOutput out = new UnsafeOutput(bytes, BUFFER)) {
            kryo.writeObject(out, columns);
        }
        return bytes;
    }

    @Override
    public Columns deserialize(ChunkedBytes bytes) {
        try (UnsafeInput in = new UnsafeInput(bytes.reader(), BUFFER)) {
            return kryo.readObject(in, Columns.class);
        }
    }
}
