package dev.memoria.internal.store.remote;

import java.nio.ByteBuffer;
import java.util.List;

/** Cuts an entry's parts (main stream, buffers, recording), read in order, into chunks of a given size. */
final class ChunkWriter {

    private final List<ByteBuffer> parts;
    private int current;

    ChunkWriter(List<ByteBuffer> parts) {
        this.parts = parts;
    }

    /** The next {@code size} bytes, or fewer at the end. */
    byte[] next(int size) {
        long left = 0;
        for (int i = current; i < parts.size(); i++) {
            left += parts.get(i).remaining();
        }
        ByteBuffer chunk = ByteBuffer.allocate((int) Math.min(size, left));
        while (chunk.hasRemaining()) {
            ByteBuffer part = parts.get(current);
            int take = Math.min(part.remaining(), chunk.remaining());
            chunk.put(part.slice().limit(take));
            part.position(part.position() + take);
            if (!part.hasRemaining()) {
                current++;
            }
        }
        return chunk.array();
    }
}
