package dev.memoria.internal.store.chronicle;

import dev.memoria.internal.report.Messages;
import dev.memoria.internal.store.PayloadLayout;
import dev.memoria.internal.store.PayloadTag;
import dev.memoria.internal.store.EntryAuthenticator;
import dev.memoria.internal.key.Key;
import dev.memoria.internal.value.Serialized;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The blob files of one code version: payloads too large for the index map, one file per entry, laid out as the
 * out-of-band buffers followed by the main stream. A blob is written under a temporary name carrying the writer's
 * process id and renamed into place only when complete and flushed, so a process killed mid-write leaves at most a
 * temporary file, which no reader ever opens and which the next writer removes.
 */
final class BlobFiles {

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
        DirectoryTrust.requireOwnDirectory(directory);
        DiskSpace.require(directory, size, "a blob of " + size + " bytes");
        long pid = ProcessHandle.current().pid();
        Path temporary = directory.resolve(PENDING + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + "-" + pid + ".tmp");
        return Files.createFile(temporary, Files0600.file());
    }

    /** Moves a complete temporary file to its final name. */
    Path commit(Path temporary, Key key, long blobId) throws IOException {
        Path blob = Files.move(temporary, path(key, blobId), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        CrashPoints.reached("write: blob in place");
        return blob;
    }

    /**
     * Writes a value that lives on the heap (or in another store) to a new blob, followed by its recording; returns
     * its record.
     */
    EntryRecord write(Key key, Serialized value, byte[] recording, PayloadTag payloadTag) throws IOException {
        Path temporary = newTemporaryFile(value.size() + recording.length);
        ByteBuffer main = value.main();
        payloadTag.update(main.duplicate());
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            for (int i = 0; i < value.bufferCount(); i++) {
                ByteBuffer buffer = value.buffer(i);
                payloadTag.update(buffer.duplicate());
                writeFully(channel, buffer);
            }
            payloadTag.update(recording);
            writeFully(channel, main);
            writeFully(channel, ByteBuffer.wrap(recording));
            CrashPoints.reached("write: blob written");
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        CrashPoints.reached("write: blob flushed");
        long blobId = ThreadLocalRandom.current().nextLong();
        commit(temporary, key, blobId);
        return EntryRecord.blob(PayloadLayout.of(value, recording), blobId, payloadTag);
    }

    /**
     * Maps a blob back: its main stream and buffers stay in the file (the page cache) and are deserialized from there;
     * only the recording is copied.
     *
     * @param payloadTag {@link EntryAuthenticator#begin begun} for {@code key}
     * @throws CorruptEntryException when the file is missing (or not a regular file), truncated or fails its tag
     */
    Serialized read(Key key, EntryRecord record, PayloadTag payloadTag) throws IOException {
        Path path = path(key, record.blobId());
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            throw missing(path);
        }
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            if (channel.size() != record.size()) {
                throw new CorruptEntryException(Messages.blobWrongSize(channel.size(), record.size()));
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
            ByteBuffer main = tail.slice().limit(record.mainLength()); // read in place, as the buffers are
            byte[] recording = new byte[record.recordingLength()];
            tail.position(record.mainLength()).get(recording);
            payloadTag.update(main);
            for (ByteBuffer buffer : buffers) {
                payloadTag.update(buffer.duplicate());
            }
            payloadTag.update(recording);
            record.authenticate(payloadTag);
            return record.entry(main, buffers, recording);
        } catch (NoSuchFileException vanished) {
            throw missing(path);
        }
    }

    /** A blob deleted between the check and the open, by another JVM evicting it, is missing all the same. */
    private static CorruptEntryException missing(Path path) {
        return new CorruptEntryException(Messages.blobMissing(path.getFileName().toString()));
    }

    void delete(Key key, EntryRecord record) throws IOException {
        if (!record.isInline()) {
            Files.deleteIfExists(path(key, record.blobId()));
        }
    }

    /** Deletes every blob and the temporary files of writers that are no longer alive. */
    void deleteAll() throws IOException {
        if (!isOwnDirectory()) {
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

    /**
     * Deletes the blobs no record of {@code index} refers to: written by a process that died before indexing them,
     * or left by one that died between dropping an entry and deleting its blob. Only for a process alone with the
     * index, which nobody else can be adding to.
     */
    void deleteUnreferenced(Map<byte[], byte[]> index) throws IOException {
        if (!isOwnDirectory()) {
            return;
        }
        Set<Path> referenced = new HashSet<>();
        for (Map.Entry<byte[], byte[]> entry : index.entrySet()) {
            try {
                EntryRecord record = EntryRecord.decode(entry.getValue());
                if (!record.isInline()) {
                    referenced.add(path(Key.fromBytes(entry.getKey()), record.blobId()));
                }
            } catch (CorruptEntryException unreadable) {
                // refers to nothing that can be read; its first read drops it
            }
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
            for (Path file : files) {
                if (!referenced.contains(file)) {
                    Files.deleteIfExists(file);
                }
            }
        }
        CrashPoints.reached("recovery: unreferenced blobs deleted");
    }

    /** Deletes temporary files left by writers that died. */
    void deleteAbandoned() throws IOException {
        if (!isOwnDirectory()) {
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

    /**
     * Whether the folder exists, checked before deleting in it: a link planted in its place must never make this
     * delete files elsewhere.
     *
     * @throws UntrustedDirectoryException when it is a link, another user's, or writable by others
     */
    private boolean isOwnDirectory() throws IOException {
        DirectoryTrust.requireOwnDirectory(directory);
        return Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS);
    }

    private static boolean writerAlive(String pendingName) {
        String pid = pendingName.substring(pendingName.lastIndexOf('-') + 1, pendingName.length() - ".tmp".length());
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void writeFully(FileChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }
}
