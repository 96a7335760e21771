package dev.memoria.internal.store.chronicle;

import dev.memoria.internal.store.PayloadLayout;
import dev.memoria.internal.store.PayloadTag;
import dev.memoria.internal.key.Key;
import dev.memoria.internal.value.Serialized;
import dev.memoria.internal.value.Spill;
import dev.memoria.internal.value.SpillFailedException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A value's large arrays, serialized straight into a temporary blob file through memory-mapped regions: a value of
 * gigabytes reaches its file without a copy on the heap. The file becomes a blob when the store {@link #commit}s it;
 * a value that had no large array never creates a file.
 */
final class PendingBlob implements Spill {

    private final BlobFiles blobs;
    private final List<ByteBuffer> regions = new ArrayList<>();
    private Path temporary;
    private FileChannel channel;
    private long position;

    PendingBlob(BlobFiles blobs) {
        this.blobs = blobs;
    }

    @Override
    public ByteBuffer allocate(int size) {
        try {
            if (channel == null) {
                temporary = blobs.newTemporaryFile(size);
                channel = FileChannel.open(temporary, StandardOpenOption.READ, StandardOpenOption.WRITE);
            }
            ByteBuffer region = channel.map(FileChannel.MapMode.READ_WRITE, position, size);
            position += size;
            regions.add(region);
            return region;
        } catch (IOException e) {
            throw new SpillFailedException(e);
        }
    }

    @Override
    public Serialized finish(byte[] main) {
        return Spill.produced(main, regions, channel == null ? null : this);
    }

    @Override
    public void abandon() {
        try {
            close();
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether this pending blob belongs to {@code files}. */
    boolean belongsTo(BlobFiles files) {
        return blobs == files;
    }

    /**
     * Appends the main stream and the recording, flushes, and moves the file into place; returns the entry's record.
     */
    EntryRecord commit(Key key, Serialized value, byte[] recording, PayloadTag payloadTag) throws IOException {
        try {
            ByteBuffer main = value.main();
            payloadTag.update(main.duplicate());
            long[] lengths = new long[regions.size()];
            for (int i = 0; i < lengths.length; i++) {
                lengths[i] = regions.get(i).capacity();
                payloadTag.update(regions.get(i).duplicate().clear());
            }
            payloadTag.update(recording);
            long recordingPosition = position + main.remaining();
            while (main.hasRemaining()) {
                channel.write(main, position + main.position());
            }
            ByteBuffer recorded = ByteBuffer.wrap(recording);
            while (recorded.hasRemaining()) {
                channel.write(recorded, recordingPosition + recorded.position());
            }
            CrashPoints.reached("write: blob written");
            channel.force(true);
            close();
            CrashPoints.reached("write: blob flushed");
            long blobId = ThreadLocalRandom.current().nextLong();
            blobs.commit(temporary, key, blobId);
            return EntryRecord.blob(PayloadLayout.of(value, lengths, recording), blobId, payloadTag);
        } catch (IOException | RuntimeException e) {
            abandon();
            throw e;
        }
    }

    private void close() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }
}
