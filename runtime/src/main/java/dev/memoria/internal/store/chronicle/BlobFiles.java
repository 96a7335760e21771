package dev.memoria.internal.store.chronicle;

import dev.memoria.internal.key.Key;
import dev.memoria.internal.value.Serialized;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32C;

/**
 * The blob files of one code version: payloads too large for the index map, one file per entry, laid out as the
 * out-of-band buffers followed by the main stream. A blob is written under a temporary name carrying the writer's
 * process id and renamed into place only when complete and flushed, so a process killed mid-write leaves at most a
 * temporary file, which no reader ever opens and which the next writer removes.
 */
final class BlobFiles {

    /** Room to leave on the file system when writing a blob, so a full disk is refused up front. */
    private static final long SPACE_MARGIN = 64L << 20;
    private static final String SUFFIX = ".blob";
    private static final String PENDING = ".pending-";

    private final Path directory;

    BlobFiles(Path directory) {
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }

    /** Starts a blob to serialize a value into. */
    PendingBlob pending() {
        return new PendingBlob(this);
    }

    Path path(Key key, long blobId) {
        return directory.resolve(key.toHex() + "-" + Long.toHexString(blobId) + SUFFIX);
    }

    /** A new temporary file, named so that only a live writer's files are left alone. */
    Path newTemporaryFile(long size) throws IOException {
        Files0600.directory(directory);
        requireSpace(size);
        long pid = ProcessHandle.current().pid();
        Path temporary = directory.resolve(PENDING + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + "-" + pid + ".tmp");
        return Files.createFile(temporary, Files0600.file());
    }

    /** Moves a complete temporary file to its final name. */
    Path commit(Path temporary, Key key, long blobId) throws IOException {
        return Files.move(temporary, path(key, blobId), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Writes a value that lives on the heap (or in another store) to a new blob, followed by its recording; returns
     * its record.
     */
    EntryRecord write(Key key, Serialized value, byte[] recording) throws IOException {
        Path temporary = newTemporaryFile(value.size() + recording.length);
        CRC32C crc = new CRC32C();
        ByteBuffer main = value.main();
        crc.update(main.duplicate());
        long[] lengths = new long[value.bufferCount()];
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            for (int i = 0; i < lengths.length; i++) {
                ByteBuffer buffer = value.buffer(i);
                lengths[i] = buffer.remaining();
                crc.update(buffer.duplicate());
                writeFully(channel, buffer);
            }
            crc.update(recording);
            writeFully(channel, main);
            writeFully(channel, ByteBuffer.wrap(recording));
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        long blobId = ThreadLocalRandom.current().nextLong();
        commit(temporary, key, blobId);
        return EntryRecord.blob(value.writtenAtMillis(), value.main().remaining(), lengths, recording.length, blobId,
                (int) crc.getValue());
    }

    /**
     * Maps a blob back: its buffers stay in the file (the page cache), only the main stream and the recording are
     * copied.
     *
     * @throws CorruptEntryException when the file is missing, truncated or fails its checksum
     */
    Serialized read(Key key, EntryRecord record) throws IOException {
        Path path = path(key, record.blobId());
        if (!Files.isRegularFile(path)) {
            throw new CorruptEntryException("its blob file " + path.getFileName() + " is missing");
        }
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            if (channel.size() != record.size()) {
                throw new CorruptEntryException("its blob file holds " + channel.size() + " bytes, not "
                        + record.size());
            }
            long[] lengths = record.bufferLengths();
            ByteBuffer[] buffers = new ByteBuffer[lengths.length];
            long position = 0;
            for (int i = 0; i < lengths.length; i++) {
                buffers[i] = channel.map(FileChannel.MapMode.READ_ONLY, position, lengths[i]);
                position += lengths[i];
            }
            MappedByteBuffer tail = channel.map(FileChannel.MapMode.READ_ONLY, position,
                    (long) record.mainLength() + record.recordingLength());
            byte[] main = new byte[record.mainLength()];
            tail.get(main);
            byte[] recording = new byte[record.recordingLength()];
            tail.get(recording);
            CRC32C crc = new CRC32C();
            crc.update(main);
            for (ByteBuffer buffer : buffers) {
                crc.update(buffer.duplicate());
            }
            crc.update(recording);
            if ((int) crc.getValue() != record.payloadCrc()) {
                throw new CorruptEntryException("its blob file fails its checksum");
            }
            return record.entry(main, buffers, recording);
        }
    }

    void delete(Key key, EntryRecord record) throws IOException {
        if (!record.isInline()) {
            Files.deleteIfExists(path(key, record.blobId()));
        }
    }

    /** Deletes every blob and the temporary files of writers that are no longer alive. */
    void deleteAll() throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.endsWith(SUFFIX) || name.startsWith(PENDING) && !writerAlive(name)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** Deletes temporary files left by writers that died. */
    void deleteAbandoned() throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, PENDING + "*")) {
            for (Path file : files) {
                if (!writerAlive(file.getFileName().toString())) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static boolean writerAlive(String pendingName) {
        String pid = pendingName.substring(pendingName.lastIndexOf('-') + 1, pendingName.length() - ".tmp".length());
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void requireSpace(long size) throws IOException {
        long usable = Files.getFileStore(directory).getUsableSpace();
        if (usable < size + SPACE_MARGIN) {
            throw new IOException("not enough disk space in " + directory + ": " + usable + " bytes free, "
                    + size + " needed");
        }
    }

    private static void writeFully(FileChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }
}
