package dev.memoria.internal.store.remote;

import dev.memoria.internal.replay.RecordingFormat;
import dev.memoria.internal.value.Serialized;

import java.nio.ByteBuffer;

/**
 * Fills an entry's parts (main stream, buffers, recording) from its payload as it streams in, chunk by chunk; each
 * part is allocated when the stream reaches it, so a head that names more bytes than arrive allocates no more than
 * arrived plus one part.
 */
final class PayloadReader {

    private final ByteBuffer[] parts;
    private final int[] lengths;
    private int current;

    PayloadReader(RemoteRecord record) {
        int count = record.bufferLengths.length + 2;
        parts = new ByteBuffer[count];
        lengths = new int[count];
        lengths[0] = record.mainLength;
        for (int i = 0; i < record.bufferLengths.length; i++) {
            lengths[1 + i] = (int) record.bufferLengths[i];
        }
        lengths[count - 1] = record.recordingLength;
    }

    /** Takes the next bytes of the payload. */
    void accept(ByteBuffer bytes) {
        while (bytes.hasRemaining()) {
            skipFullParts();
            if (current == parts.length) {
                throw new RemoteRecord.BadEntryException("its payload is longer than its head says");
            }
            ByteBuffer part = parts[current];
            int take = Math.min(part.remaining(), bytes.remaining());
            part.put(bytes.slice().limit(take));
            bytes.position(bytes.position() + take);
        }
    }

    private void skipFullParts() {
        while (current < parts.length) {
            if (parts[current] == null) {
                parts[current] = ByteBuffer.allocate(lengths[current]);
            }
            if (parts[current].hasRemaining()) {
                return;
            }
            current++;
        }
    }

    /** The entry, once the whole payload was taken and authenticated; read back only through the allow-list. */
    Serialized entry(long writtenAtMillis) {
        skipFullParts();
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] == null || parts[i].hasRemaining()) {
                throw new RemoteRecord.BadEntryException("its payload is shorter than its head says");
            }
            parts[i].flip();
        }
        ByteBuffer[] buffers = new ByteBuffer[parts.length - 2];
        System.arraycopy(parts, 1, buffers, 0, buffers.length);
        return Serialized.readBack(parts[0], buffers, writtenAtMillis)
                .withRecording(RecordingFormat.readBack(parts[parts.length - 1].array()));
    }
}
