package dev.memoria.internal.store;

import dev.memoria.internal.replay.RecordingFormat;
import dev.memoria.internal.report.Messages;
import dev.memoria.internal.value.Serialized;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What the record of a stored entry (the disk tier's index record, the shared store's head) says about its payload:
 * when it was written and the lengths of its parts, in the order they are stored and tagged: the main stream, one
 * buffer per large primitive array, and the UI calls computing it made ({@link RecordingFormat}). Both tiers encode
 * it the same way, inside their own header, little-endian:
 * <pre>
 *   i64 written at (epoch millis) | i32 main length | i32 buffer count | i64 length of each buffer
 *   i32 recording length
 * </pre>
 */
public final class PayloadLayout {

    private final long writtenAtMillis;
    private final int mainLength;
    private final long[] bufferLengths;
    private final int recordingLength;

    private PayloadLayout(long writtenAtMillis, int mainLength, long[] bufferLengths, int recordingLength) {
        this.writtenAtMillis = writtenAtMillis;
        this.mainLength = mainLength;
        this.bufferLengths = bufferLengths;
        this.recordingLength = recordingLength;
    }

    /** The layout of {@code value} stored with {@code recording}, the encoded UI calls computing it made. */
    public static PayloadLayout of(Serialized value, byte[] recording) {
        long[] lengths = new long[value.bufferCount()];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = value.buffer(i).remaining();
        }
        return new PayloadLayout(value.writtenAtMillis(), value.main().remaining(), lengths, recording.length);
    }

    /** The layout of a payload kept elsewhere (a blob file) whose buffers have {@code bufferLengths}. */
    public static PayloadLayout of(Serialized value, long[] bufferLengths, byte[] recording) {
        return new PayloadLayout(value.writtenAtMillis(), value.main().remaining(), bufferLengths.clone(),
                recording.length);
    }

    /** The parts of {@code value} with {@code recording}, in payload order: read-only views, nothing copied. */
    public static List<ByteBuffer> parts(Serialized value, byte[] recording) {
        List<ByteBuffer> parts = new ArrayList<>(value.bufferCount() + 2);
        parts.add(value.main());
        for (int i = 0; i < value.bufferCount(); i++) {
            parts.add(value.buffer(i));
        }
        parts.add(ByteBuffer.wrap(recording).asReadOnlyBuffer());
        return parts;
    }

    /** The parts of {@code value} with {@code recording} in one heap buffer: a payload stored whole. */
    public static ByteBuffer joined(Serialized value, byte[] recording) {
        ByteBuffer payload = ByteBuffer.allocate(Math.toIntExact(value.size() + recording.length));
        parts(value, recording).forEach(payload::put);
        return payload.flip();
    }

    public long writtenAtMillis() {
        return writtenAtMillis;
    }

    public int mainLength() {
        return mainLength;
    }

    public long[] bufferLengths() {
        return bufferLengths.clone();
    }

    public int recordingLength() {
        return recordingLength;
    }

    /** Main stream, buffers and recording. */
    public int partCount() {
        return bufferLengths.length + 2;
    }

    /** The length of part {@code index} (see {@link #partCount}). */
    public int partLength(int index) {
        return index == 0 ? mainLength
                : index == partCount() - 1 ? recordingLength : (int) bufferLengths[index - 1];
    }

    /** The payload in bytes: main, buffers and recording. */
    public long size() {
        long size = (long) mainLength + recordingLength;
        for (long length : bufferLengths) {
            size += length;
        }
        return size;
    }

    /** The bytes {@link #encode} writes. */
    public int encodedBytes() {
        return 8 + 4 + 4 + 8 * bufferLengths.length + 4;
    }

    /** Writes the layout at {@code out}'s position; {@code out} is little-endian. */
    public void encode(ByteBuffer out) {
        out.putLong(writtenAtMillis).putInt(mainLength).putInt(bufferLengths.length);
        for (long length : bufferLengths) {
            out.putLong(length);
        }
        out.putInt(recordingLength);
    }

    /**
     * Reads a layout at {@code in}'s position ({@code in} is little-endian), checking that every length can be a part
     * of this JVM's; its tag, checked once the payload is read, says whether it is the one written.
     *
     * @param bad     the exception of the caller's tier for a record that cannot be one it wrote, given why
     * @throws java.nio.BufferUnderflowException when {@code in} ends first
     */
    public static PayloadLayout decode(ByteBuffer in, Function<String, RuntimeException> bad) {
        long writtenAt = in.getLong();
        int mainLength = in.getInt();
        int bufferCount = in.getInt();
        if (mainLength < 0 || bufferCount < 0 || bufferCount > in.remaining() / 8) {
            throw bad.apply(Messages.lengthsDisagree());
        }
        long[] lengths = new long[bufferCount];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = in.getLong();
            if (lengths[i] < 0 || lengths[i] > Integer.MAX_VALUE - 8) {
                throw bad.apply(Messages.bufferTooLarge(lengths[i]));
            }
        }
        int recordingLength = in.getInt();
        if (recordingLength < 0) {
            throw bad.apply(Messages.lengthsDisagree());
        }
        return new PayloadLayout(writtenAt, mainLength, lengths, recordingLength);
    }

    /**
     * The parts of a payload stored whole, {@code payload} from its position: slices, writable when {@code payload}
     * is, so that the deserializer reads them in place (it copies a read-only heap buffer first).
     */
    public ByteBuffer[] split(ByteBuffer payload) {
        ByteBuffer[] parts = new ByteBuffer[partCount()];
        int at = payload.position();
        for (int i = 0; i < parts.length; i++) {
            parts[i] = payload.slice(at, partLength(i));
            at += partLength(i);
        }
        return parts;
    }

    /**
     * The entry of a payload whose parts (main stream, buffers, recording, as {@link #split} gives them) passed their
     * tag; read back only through the allow-list. The recording stays bytes until a hit replays it.
     */
    public Serialized entry(ByteBuffer[] parts) {
        ByteBuffer[] buffers = new ByteBuffer[parts.length - 2];
        System.arraycopy(parts, 1, buffers, 0, buffers.length);
        return entry(parts[0], buffers, bytes(parts[parts.length - 1]));
    }

    /** The entry of a payload whose main stream, buffers and recording passed their tag. */
    public Serialized entry(ByteBuffer main, ByteBuffer[] buffers, byte[] recording) {
        return Serialized.readBack(main, buffers, writtenAtMillis).withRecording(RecordingFormat.readBack(recording));
    }

    private static byte[] bytes(ByteBuffer part) {
        byte[] bytes = new byte[part.remaining()];
        part.duplicate().get(bytes);
        return bytes;
    }
}
