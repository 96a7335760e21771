package dev.memoria.bench.table;

import java.io.IOException;

/** A serializer used as a deep copy: serialize once (the "first run"), deserialize on every hit. */
interface ByteCopy {

    ChunkedBytes serialize(Columns columns) throws IOException;

    Columns deserialize(ChunkedBytes bytes) throws IOException;
}
