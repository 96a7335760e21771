package dev.memoria.bench.table;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

/** {@code java.io} serialization, what a Java user reaches for first. */
final class JavaSerializationCopy implements ByteCopy {

    @Override
    public ChunkedBytes serialize(Columns columns) throws IOException {
        ChunkedBytes bytes = new ChunkedBytes();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(columns);
        }
        return bytes;
    }

    @Override
    public Columns deserialize(ChunkedBytes bytes) throws IOException {
        try (ObjectInputStream in = new ObjectInputStream(bytes.reader())) {
            return (Columns) in.readObject();
        } catch (ClassNotFoundException e) {
            throw new IOException(e);
        }
    }
}
