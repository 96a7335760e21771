package dev.memoria.internal.store.remote;

import io.lettuce.core.LettuceFutures;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.SetArgs;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Cuts an entry's parts (main stream, buffers, recording), read in order, into chunks of a given size, and writes
 * them a few at a time on the one connection ({@link ChunkReader#IN_FLIGHT}), so that the copies of the chunks in
 * flight are all this adds to the heap.
 */
final class ChunkWriter {

    private final List<ByteBuffer> parts;
    private int current;

    ChunkWriter(List<ByteBuffer> parts) {
        this.parts = parts;
    }

    /**
     * Writes the chunks under {@code names}, each expiring after {@code expiryMillis}; whether the store took every
     * one.
     *
     * @throws RuntimeException when the store fails or a chunk takes longer than {@code timeoutMillis}
     */
    boolean send(RedisClusterAsyncCommands<byte[], byte[]> async, List<byte[]> names, int chunkBytes,
                 long expiryMillis, long timeoutMillis) {
        SetArgs expiry = SetArgs.Builder.px(expiryMillis);
        List<RedisFuture<String>> sent = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            if (i >= ChunkReader.IN_FLIGHT && !stored(sent.get(i - ChunkReader.IN_FLIGHT), timeoutMillis)) {
                return false;
            }
            sent.add(async.set(names.get(i), next(chunkBytes), expiry));
        }
        for (int i = Math.max(0, sent.size() - ChunkReader.IN_FLIGHT); i < sent.size(); i++) {
            if (!stored(sent.get(i), timeoutMillis)) {
                return false;
            }
        }
        return true;
    }

    private static boolean stored(RedisFuture<String> set, long timeoutMillis) {
        return "OK".equals(LettuceFutures.awaitOrCancel(set, timeoutMillis, TimeUnit.MILLISECONDS));
    }

    /** The next {@code size} bytes, or fewer at the end. */
    private byte[] next(int size) {
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
