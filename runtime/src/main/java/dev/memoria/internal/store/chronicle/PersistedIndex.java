package dev.memoria.internal.store.chronicle;

import dev.memoria.internal.report.Messages;
import dev.memoria.internal.report.Reporter;
import net.openhft.chronicle.hash.impl.SizePrefixedBlob;
import net.openhft.chronicle.map.ChronicleMap;
import net.openhft.chronicle.map.ChronicleMapBuilder;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An index map in a file, shared by every JVM that uses the cache directory. Chronicle Map is safe for several
 * processes at once, but a process killed while it held one of the map's locks leaves that lock held, and only
 * {@code recoverPersistedTo} clears it, which must never run while another process has the map open. So opening
 * follows a protocol on a lock file beside the map:
 * <ul>
 *   <li>byte 0, the <em>gate</em>: held exclusively while a JVM opens or closes the map, so these happen one at a time;</li>
 *   <li>byte 1, <em>presence</em>: held shared by every JVM that has the map open; the OS drops it when a process dies.</li>
 * </ul>
 * A JVM that finds itself alone (it can lock presence exclusively) and finds the {@code dirty} marker left by a
 * process that did not close cleanly recovers the map first. The last JVM to close cleanly removes the marker.
 * Within one JVM the map is opened once and shared.
 */
final class PersistedIndex extends IndexMap {

    // file locks belong to the process, so a directory's index is open once per JVM, whichever engine opened it
    private static final Map<Path, PersistedIndex> OPEN = new HashMap<>();
    private static final String MAP_FILE = "entries.cm";
    private static final String LOCK_FILE = "entries.lock";
    private static final String DIRTY_MARKER = "entries.dirty";
    /**
     * Where the lock file keeps its one value, the index's clear count ({@link #clears}): past the locked bytes, so
     * every JVM that opens the index maps it, and reads it on each hit of its memory tier.
     */
    private static final long CLEARS_OFFSET = 8;
    private static final VarHandle COUNT = MethodHandles.byteBufferViewVarHandle(long[].class,
            ByteOrder.nativeOrder());

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(PersistedIndex::closeAll, "memoria-close-caches"));
    }

    private final Path directory;
    private final FileChannel locks;
    private final FileLock presence;
    private final ByteBuffer clearCount;
    private final ChronicleMap<byte[], byte[]> map;
    private int users;
    private volatile boolean faulted;

    private PersistedIndex(Path directory, ChronicleMapBuilder<byte[], byte[]> builder, BlobFiles blobs,
                           String method, Reporter reporter) throws IOException {
        this.directory = directory;
        this.locks = FileChannel.open(directory.resolve(LOCK_FILE), Set.of(StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS), Files0600.file());
        // mapping a region past the end grows the file with zeros, and never overwrites another process's count
        this.clearCount = locks.map(FileChannel.MapMode.READ_WRITE, CLEARS_OFFSET, Long.BYTES);
        try (FileLock gate = locks.lock(0, 1, false)) {
            DirectoryTrust.requireOwnFile(directory.resolve(LOCK_FILE));
            Path file = directory.resolve(MAP_FILE);
            DirectoryTrust.requireOwnFile(file); // Chronicle opens it by name, following links
            FileLock alone = locks.tryLock(1, 1, false);
            if (alone != null) {
                try {
                    map = openAlone(builder, file, blobs, method, reporter);
                } finally {
                    alone.release();
                }
            } else {
                map = joinOpen(builder, file, method);
            }
            presence = locks.lock(1, 1, true);
            Files0600.restrict(file);
            if (!Files.exists(directory.resolve(DIRTY_MARKER), LinkOption.NOFOLLOW_LINKS)) {
                Files.createFile(directory.resolve(DIRTY_MARKER), Files0600.file());
            }
        } catch (IOException | RuntimeException e) {
            locks.close();
            throw e;
        }
    }

    /**
     * Opens the index of {@code directory}, or joins this JVM's open one. {@code blobs} are the version's blob files
     * and {@code method} names it in a report, should the index be damaged beyond repair and replaced.
     */
    static synchronized PersistedIndex open(Path directory, long maxEntries, BlobFiles blobs, String method,
                                            Reporter reporter) throws IOException {
        PersistedIndex index = OPEN.get(directory);
        if (index == null) {
            index = new PersistedIndex(directory, builder(directory.getFileName().toString(), maxEntries), blobs,
                    method, reporter);
            OPEN.put(directory, index);
        }
        index.users++;
        return index;
    }

    /** A read of the mapped count, ordered after what the clearing process removed before it counted. */
    @Override
    long clears() {
        return (long) COUNT.getAcquire(clearCount, 0);
    }

    @Override
    void cleared() {
        COUNT.getAndAdd(clearCount, 0, 1L); // atomic across processes: a locked add on the shared page
    }

    /** Whether this JVM has the index of {@code directory} open. */
    static synchronized boolean isOpenHere(Path directory) {
        return OPEN.containsKey(directory);
    }

    /**
     * Whether another JVM has the index of {@code directory} open: it holds the presence lock. Asking takes the
     * gate, so no JVM opens the index meanwhile; {@code whileClosed} runs under the gate when no JVM has it open.
     */
    static boolean inUseElsewhere(Path directory, IoAction whileClosed) throws IOException {
        Path lockFile = directory.resolve(LOCK_FILE);
        DirectoryTrust.requireOwnFile(lockFile);
        if (!Files.exists(lockFile, LinkOption.NOFOLLOW_LINKS)) {
            whileClosed.run();
            return false;
        }
        try (FileChannel locks = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS);
             FileLock gate = locks.lock(0, 1, false)) {
            FileLock alone = locks.tryLock(1, 1, false);
            if (alone == null) {
                return true;
            }
            alone.release();
            whileClosed.run();
            return false;
        }
    }

    /** File work that may throw. */
    @FunctionalInterface
    interface IoAction {
        void run() throws IOException;
    }

    @Override
    ChronicleMap<byte[], byte[]> map() {
        return map;
    }

    @Override
    void requireRoom(long bytes) throws IOException {
        DiskSpace.require(directory, bytes, "an index record of " + bytes + " bytes");
    }

    @Override
    void faulted() {
        faulted = true;
    }

    @Override
    public void close() {
        synchronized (PersistedIndex.class) {
            if (--users == 0) {
                OPEN.remove(directory);
                closeMap();
            }
        }
    }

    /**
     * Alone with the file: recover it if the last process using it died, or start afresh if it is beyond repair (a
     * cache can always be recomputed). Alone, nobody can be writing the file's header, so a header that is not marked
     * ready is damage, not work in progress: Chronicle would wait a minute for it.
     */
    private static ChronicleMap<byte[], byte[]> openAlone(ChronicleMapBuilder<byte[], byte[]> builder, Path file,
                                                          BlobFiles blobs, String method, Reporter reporter)
            throws IOException {
        if (Files.exists(file) && !headerReady(file)) {
            return replace(builder, file, blobs, method, reporter, "its header is incomplete");
        }
        boolean recover = Files.exists(file.resolveSibling(DIRTY_MARKER)) && Files.exists(file);
        ChronicleMap<byte[], byte[]> map;
        try {
            if (recover) {
                IndexRecovery.recover(builder, file);
            }
            map = builder.createPersistedTo(file.toFile());
        } catch (IOException | RuntimeException | InternalError failure) {
            if (DiskSpace.isOutOfSpace(failure, file.getParent())) {
                throw DiskSpace.asDiskFull(failure, file.getParent(), (recover ? "recovering" : "opening")
                        + " the index of " + method);
            }
            return replace(builder, file, blobs, method, reporter, failure.toString());
        }
        if (recover) {
            blobs.deleteUnreferenced(map);
        }
        return map;
    }

    /** Opens the index other JVMs have open; a full disk is no damage there either. */
    private static ChronicleMap<byte[], byte[]> joinOpen(ChronicleMapBuilder<byte[], byte[]> builder, Path file,
                                                         String method) throws IOException {
        try {
            return builder.createPersistedTo(file.toFile());
        } catch (IOException | RuntimeException | InternalError failure) {
            if (DiskSpace.isOutOfSpace(failure, file.getParent())) {
                throw DiskSpace.asDiskFull(failure, file.getParent(), "opening the index of " + method);
            }
            throw failure;
        }
    }

    /**
     * Starts an empty index in place of a damaged one. The blob files it referred to can no longer be reached, and
     * no other JVM has the version open, so they go too.
     */
    private static ChronicleMap<byte[], byte[]> replace(ChronicleMapBuilder<byte[], byte[]> builder, Path file,
                                                        BlobFiles blobs, String method, Reporter reporter,
                                                        String damage)
            throws IOException {
        Files.deleteIfExists(file);
        blobs.deleteAll();
        reporter.once("damaged index " + file, Messages.indexReplaced(method, file.toString(), damage));
        return builder.createPersistedTo(file.toFile());
    }

    /** Whether the file's header is complete, by Chronicle's own definition. */
    private static boolean headerReady(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (channel.size() < SizePrefixedBlob.SELF_BOOTSTRAPPING_HEADER_OFFSET) {
                return false;
            }
            ByteBuffer sizeWord = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
            while (sizeWord.hasRemaining()) {
                if (channel.read(sizeWord, SizePrefixedBlob.SIZE_WORD_OFFSET + sizeWord.position()) < 0) {
                    return false;
                }
            }
            return SizePrefixedBlob.isReady(sizeWord.getInt(0));
        }
    }

    /**
     * Closes the map; the last JVM to close it removes the dirty marker, unless an update was cut short by a fault
     * (a full disk under the mapped file). Such a fault surfaces as an {@code InternalError} wherever the thread
     * happens to be, so it cannot always be caught where it happened: a segment lock still held when no JVM is left
     * to hold it tells the same story, and so does a disk without room: the marker then stays for the next JVM to
     * recover the map.
     */
    private void closeMap() {
        try (FileLock gate = locks.lock(0, 1, false)) {
            presence.release();
            FileLock last = locks.tryLock(1, 1, false);
            boolean clean = last != null && !faulted && !DiskSpace.isLow(directory) && !SegmentLocks.anyHeld(map);
            map.close();
            if (clean) {
                Files.deleteIfExists(directory.resolve(DIRTY_MARKER));
            }
        } catch (IOException | RuntimeException | InternalError e) {
            // the marker stays: the next process to open the map alone recovers it, which is safe
        } finally {
            try {
                locks.close();
            } catch (IOException e) {
                // closing releases the locks; a channel that fails to close goes with the process
            }
        }
    }

    private static void closeAll() {
        synchronized (PersistedIndex.class) {
            for (PersistedIndex index : List.copyOf(OPEN.values())) {
                index.closeMap();
            }
            OPEN.clear();
        }
    }
}
