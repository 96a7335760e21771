package dev.memoria.bench.table;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Serialized bytes in 64 MiB chunks: a {@code byte[]} (or Kryo's buffers) cannot hold more than 2 GiB, and 100M rows
 * of Streamlit's table serialize to 3.2 GB.
 */
final class ChunkedBytes extends OutputStream {

    private static final int CHUNK = 64 << 20;

    private final List<byte[]> chunks = new ArrayList<>();
    private int used = CHUNK;

    @Override
    public void write(int b) {
        write(new byte[]{(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        while (length > 0) {
            if (used == CHUNK) {
                chunks.add(new byte[CHUNK]);
                used = 0;
            }
            int n = Math.min(length, CHUNK - used);
            System.arraycopy(bytes, offset, chunks.get(chunks.size() - 1), used, n);
            used += n;
            offset += n;
            length -= n;
        }
    }

    long size() {
        return chunks.isEmpty() ? 0 : (long) (chunks.size() - 1) * CHUNK + used;
    }

    InputStream reader() {
        return new InputStream() {
            private int chunk;
            private int at;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] into, int offset, int length) {
                int end = chunk == chunks.size() - 1 ? used : CHUNK;
                if (chunk >= chunks.size() || (chunk == chunks.size() - 1 && at == used)) {
                    return -1;
                }
                if (at == end) {
                    chunk++;
                    at = 0;
                    return read(into, offset, length);
                }
                int n = Math.min(length, end - at);
                System.arraycopy(chunks.get(chunk), at, into, offset, n);
                at += n;
                return n;
            }
        };
    }
}
