package dev.memoria.internal.store.remote;

import dev.memoria.internal.store.PayloadLayout;
import dev.memoria.internal.store.PayloadTag;
import io.lettuce.core.LettuceFutures;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.output.CommandOutput;
import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.CommandType;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Reads the payload of a chunked entry into its parts (main stream, buffers, recording): GETs of its chunks, a few
 * in flight at a time on the one connection, each reply copied by the connection's thread straight into the parts it
 * covers (no array per chunk), and each leaf of the tag handed over to be digested once its bytes are in, while later
 * chunks are still on their way. A part is allocated when the first chunk that reaches it is asked for, so a head
 * that names more bytes than there are allocates no more than {@link #IN_FLIGHT} chunks and one part beyond what
 * arrived.
 */
final class ChunkReader {

    /** Chunks asked for ahead of the one awaited: enough to keep the connection busy while this thread waits. */
    static final int IN_FLIGHT = 4;

    /** What came back for a chunk. */
    enum Arrival { WHOLE, MISSING, WRONG_LENGTH }

    private final PayloadLayout layout;
    private final String chunkPrefix;
    private final int chunkCount;
    private final int chunkBytes;
    private final PayloadTag tag;
    private final ByteBuffer[] parts;
    private int allocated;
    /** Where the allocated parts end in the payload. */
    private long allocatedEnd;
    /** The first part the next chunk can reach, and where it starts in the payload. */
    private int firstPart;
    private long firstPartStart;

    /**
     * @param chunkPrefix the name of every chunk but its number
     * @param tag         begun for the entry's key; receives the parts, in order, and their arrival
     */
    ChunkReader(PayloadLayout layout, String chunkPrefix, int chunkCount, int chunkBytes, PayloadTag tag) {
        this.layout = layout;
        this.chunkPrefix = chunkPrefix;
        this.chunkCount = chunkCount;
        this.chunkBytes = chunkBytes;
        this.tag = tag;
        this.parts = new ByteBuffer[layout.partCount()];
    }

    /**
     * Reads every chunk; {@link Arrival#WHOLE} when each came with the length the head implies, and then
     * {@link #parts()} holds the payload (not yet authenticated: the tag decides).
     *
     * @throws RuntimeException when the store fails or a chunk takes longer than {@code timeoutMillis}
     */
    Arrival read(RedisClusterAsyncCommands<byte[], byte[]> async, long timeoutMillis) {
        List<RedisFuture<Arrival>> asked = new ArrayList<>(chunkCount);
        for (int i = 0; i < chunkCount; i++) {
            while (asked.size() < Math.min(chunkCount, i + 1 + IN_FLIGHT)) {
                asked.add(ask(async, asked.size()));
            }
            Arrival arrival = LettuceFutures.awaitOrCancel(asked.get(i), timeoutMillis, TimeUnit.MILLISECONDS);
            if (arrival != Arrival.WHOLE) {
                return arrival;
            }
            tag.arrived(end(i));
        }
        allocateThrough(Long.MAX_VALUE); // parts of no bytes at the end
        return Arrival.WHOLE;
    }

    /** The payload's parts, once {@link #read} found them whole. */
    ByteBuffer[] parts() {
        return parts;
    }

    private RedisFuture<Arrival> ask(RedisClusterAsyncCommands<byte[], byte[]> async, int chunk) {
        long start = (long) chunk * chunkBytes;
        long end = end(chunk);
        allocateThrough(end);
        while (firstPartEnd() <= start && firstPart < allocated - 1) {
            firstPartStart = firstPartEnd();
            firstPart++;
        }
        List<Segment> segments = new ArrayList<>(2);
        long partStart = firstPartStart;
        for (int p = firstPart; p < allocated && partStart < end; p++) {
            long from = Math.max(start, partStart);
            long to = Math.min(end, partStart + parts[p].capacity());
            if (from < to) {
                segments.add(new Segment(parts[p], (int) (from - partStart), (int) (from - start), (int) (to - from)));
            }
            partStart += parts[p].capacity();
        }
        CommandArgs<byte[], byte[]> args = new CommandArgs<>(ByteArrayCodec.INSTANCE)
                .addKey(RemoteTier.bytes(chunkPrefix + chunk));
        return async.dispatch(CommandType.GET, new IntoParts(segments, (int) (end - start)), args);
    }

    private long firstPartEnd() {
        return firstPartStart + parts[firstPart].capacity();
    }

    /** Allocates the parts that begin before {@code end} in the payload, and hands them to the tag, in order. */
    private void allocateThrough(long end) {
        while (allocated < parts.length && allocatedEnd < end) {
            int length = layout.partLength(allocated);
            parts[allocated] = ByteBuffer.allocate(length);
            tag.update(parts[allocated]);
            allocated++;
            allocatedEnd += length;
        }
    }

    private long end(int chunk) {
        return Math.min(layout.size(), (long) (chunk + 1) * chunkBytes);
    }

    /** Where bytes of a chunk go: {@code length} bytes from {@code inChunk} to {@code part} at {@code inPart}. */
    private record Segment(ByteBuffer part, int inPart, int inChunk, int length) {
    }

    /**
     * The reply to one chunk's GET, decoded on the connection's thread: copied into the parts, or noted as missing or
     * of the wrong length.
     */
    private static final class IntoParts extends CommandOutput<byte[], byte[], Arrival> {

        private final List<Segment> segments;
        private final int expected;

        IntoParts(List<Segment> segments, int expected) {
            super(ByteArrayCodec.INSTANCE, Arrival.MISSING);
            this.segments = segments;
            this.expected = expected;
        }

        @Override
        public void set(ByteBuffer bytes) {
            if (bytes == null) {
                output = Arrival.MISSING;
            } else if (bytes.remaining() != expected) {
                output = Arrival.WRONG_LENGTH;
            } else {
                int at = bytes.position();
                for (Segment segment : segments) {
                    segment.part.put(segment.inPart, bytes, at + segment.inChunk, segment.length);
                }
                output = Arrival.WHOLE;
            }
        }
    }
}
