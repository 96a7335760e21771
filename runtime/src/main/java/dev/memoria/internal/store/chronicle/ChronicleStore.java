package dev.memoria.internal.store.chronicle;

import dev.memoria.Persist;
import dev.memoria.internal.store.PayloadLayout;
import dev.memoria.internal.store.PayloadTag;
import dev.memoria.internal.store.EntryAuthenticator;
import dev.memoria.internal.key.Key;
import dev.memoria.internal.policy.CacheSpec;
import dev.memoria.internal.replay.RecordingFormat;
import dev.memoria.internal.report.Messages;
import dev.memoria.internal.report.Reporter;
import dev.memoria.internal.store.Departures;
import dev.memoria.internal.store.Store;
import dev.memoria.internal.time.Clock;
import dev.memoria.internal.value.Serialized;
import dev.memoria.internal.value.Spill;
import dev.memoria.internal.value.Stored;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A store of {@code @CacheData} entries in Chronicle Map: off the Java heap, in a file that survives restarts and
 * is shared with other JVMs ({@code persist = DISK}), or in memory ({@code offHeap = true}).
 *
 * <p>Chronicle Map has no expiry and no eviction; this store adds both. An entry's age counts from the wall-clock time
 * it was first written, so a {@code ttl} holds across restarts; {@code maxEntries} and {@code maxSize} are enforced on
 * the file by dropping the oldest entries first. Every read is checked against the entry's checksum and its tag,
 * which binds it to this method, code version and key: a torn, truncated, altered or moved entry is reported once,
 * dropped and recomputed, never served.
 */
public final class ChronicleStore implements Store<Key> {

    private final IndexMap index;
    private final BlobFiles blobs;
    private final EntryAuthenticator authenticator;
    private final long ttlMillis;
    private final long maxEntries;
    private final long maxBytes;
    private final String method;
    /** Where a damaged entry was read from, as {@code explain} names it. */
    private final String where;
    private final LongAdder evictions = new LongAdder();
    /** Bytes held, as last counted plus this JVM's changes since; recounted when a bound seems exceeded. */
    private final AtomicLong bytes = new AtomicLong(-1);
    private final Clock clock;
    private final Reporter reporter;

    /** @param clock, reporter the engine's: what {@code ttl} is measured on, and where dropped entries are told */
    ChronicleStore(IndexMap index, BlobFiles blobs, EntryAuthenticator authenticator, CacheSpec spec, String method,
                   Clock clock, Reporter reporter) {
        this.clock = clock;
        this.reporter = reporter;
        this.index = index;
        this.blobs = blobs;
        this.authenticator = authenticator;
        this.ttlMillis = spec.retention().map(java.time.Duration::toMillis).orElse(-1L); // stale entries too
        this.maxEntries = spec.maxEntries().orElse(-1);
        this.maxBytes = spec.maxBytes().orElse(-1);
        this.method = method;
        this.where = spec.persist() == Persist.DISK ? "disk" : "off-heap memory";
    }

    /** The entries of one code version, in its folder of the cache directory. */
    static ChronicleStore persisted(Path versionDirectory, EntryAuthenticator authenticator, CacheSpec spec,
                                    String method, Clock clock, Reporter reporter) throws IOException {
        BlobFiles blobs = new BlobFiles(versionDirectory.resolve(CacheLayout.BLOBS));
        blobs.deleteAbandoned();
        return new ChronicleStore(PersistedIndex.open(versionDirectory, spec.maxEntries().orElse(0), blobs, method,
                reporter), blobs, authenticator, spec, method, clock, reporter);
    }

    /** Entries off the heap for this JVM only; large payloads go to files in a private temporary folder. */
    static ChronicleStore offHeap(EntryAuthenticator authenticator, CacheSpec spec, String method, Clock clock,
                                  Reporter reporter) throws IOException {
        Path spillDirectory = Folders.temporary("memoria-off-heap-");
        return new ChronicleStore(IndexMap.inMemory(method, spec.maxEntries().orElse(0)), new BlobFiles(spillDirectory),
                authenticator, spec, method, clock, reporter);
    }

    /** The clock its {@code ttl} is measured on: what an entry put here is stamped with. */
    public Clock clock() {
        return clock;
    }

    @Override
    public Stored get(Key key) {
        return get(key, key, Departures.NONE);
    }

    @Override
    public Stored get(Key key, Object reportedAs, Departures departures) {
        byte[] encoded = index.map().get(key.toBytes());
        if (encoded == null) {
            return null;
        }
        try {
            EntryRecord record = EntryRecord.decode(encoded);
            if (ttlMillis >= 0 && clock.currentTimeMillis() - record.writtenAtMillis() >= ttlMillis) {
                drop(key, encoded, record);
                evictions.increment();
                return null;
            }
            return read(key, record);
        } catch (CorruptEntryException e) {
            if (!index.map().remove(key.toBytes(), encoded)) {
                return null; // another JVM replaced or evicted the entry while it was read: a plain miss
            }
            reporter.once("corrupt " + blobs.directory(), Messages.entryDropped(method, e.getMessage()));
            departures.damaged(reportedAs, Messages.damagedEntry(where, e.getMessage()));
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void put(Key key, Stored value) {
        Serialized serialized = (Serialized) value;
        byte[] recording = RecordingFormat.encode(serialized.recording());
        PendingBlob pending = serialized.storage() instanceof PendingBlob spilled && spilled.belongsTo(blobs)
                ? spilled : null;
        boolean inline = pending == null && serialized.size() + recording.length <= IndexMap.INLINE_LIMIT;
        try {
            if (inline) {
                index.requireRoom(serialized.size() + recording.length); // a blob's own check keeps the margin
            }
            EntryRecord record = pending != null ? pending.commit(key, serialized, recording, authenticator.begin(key))
                    : inline ? inlineRecord(serialized, recording, authenticator.begin(key))
                    : blobs.write(key, serialized, recording, authenticator.begin(key));
            CrashPoints.reached("write: record ready");
            byte[] previous = index.map().put(key.toBytes(), record.encode());
            CrashPoints.reached("write: record indexed");
            bytes.getAndUpdate(counted -> counted < 0 ? counted : counted + record.size());
            if (previous != null) {
                forget(key, previous);
            }
            enforceBounds();
        } catch (InternalError fault) {
            index.faulted();
            if (DiskSpace.isOutOfSpace(fault, blobs.directory())) {
                throw new UncheckedIOException(DiskSpace.asDiskFull(fault, blobs.directory(),
                        Messages.writingIntoIndex(method)));
            }
            throw fault;
        } catch (IOException e) {
            if (pending != null) {
                pending.abandon();
            }
            if (!DiskSpace.isOutOfSpace(e, blobs.directory())) {
                throw new UncheckedIOException(e);
            }
            reporter.once("disk full " + blobs.directory(), Messages.notStoredDiskFull(method, e.getMessage()));
        }
    }

    /** Removes the entry and tells every JVM with the index open to drop its memory tier's entries (see clears). */
    @Override
    public void remove(Key key) {
        removeEntry(key);
        index.cleared();
    }

    @Override
    public void clear() {
        for (byte[] key : List.copyOf(index.map().keySet())) {
            removeEntry(Key.fromBytes(key));
        }
        index.cleared();
        try {
            blobs.deleteAbandoned();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bytes.set(0);
    }

    @Override
    public long clears() {
        return index.clears();
    }

    @Override
    public long entries() {
        return index.map().size();
    }

    @Override
    public long bytes() {
        long total = 0;
        for (Summary summary : summaries()) {
            total += summary.size();
        }
        bytes.set(total);
        return total;
    }

    @Override
    public long evictions() {
        return evictions.sum();
    }

    @Override
    public Spill spill() {
        return blobs.pending();
    }

    /** What a check of every stored entry found. */
    public record Verification(long entries, long corrupt) {
    }

    /**
     * Reads every entry back and checks it against its checksums, as a hit would.
     *
     * @param repair whether to drop the entries that fail
     */
    Verification verify(boolean repair) throws IOException {
        long entries = 0;
        long corrupt = 0;
        for (Map.Entry<byte[], byte[]> entry : index.map().entrySet()) {
            entries++;
            Key key = Key.fromBytes(entry.getKey());
            try {
                read(key, EntryRecord.decode(entry.getValue()));
            } catch (CorruptEntryException e) {
                // an entry another JVM replaced or evicted while it was read is no damage
                boolean stillThere = repair ? index.map().remove(key.toBytes(), entry.getValue())
                                            : Arrays.equals(index.map().get(key.toBytes()), entry.getValue());
                corrupt += stillThere ? 1 : 0;
            }
        }
        return new Verification(entries, corrupt);
    }

    /** Counts the entries written before {@code cutoffMillis}: what {@link #removeWrittenBefore} would drop. */
    long countWrittenBefore(long cutoffMillis) {
        return summaries().stream().filter(summary -> summary.writtenAtMillis() < cutoffMillis).count();
    }

    /** Drops the entries written before {@code cutoffMillis}; returns how many. */
    long removeWrittenBefore(long cutoffMillis) throws IOException {
        long removed = 0;
        for (Summary summary : summaries()) {
            if (summary.writtenAtMillis() < cutoffMillis) {
                drop(summary.key(), summary.encoded(), summary.record());
                removed++;
            }
        }
        return removed;
    }

    /** The oldest and newest write times of the entries, or {@code null} when there are none. */
    long[] writtenRange() {
        List<Summary> summaries = summaries();
        if (summaries.isEmpty()) {
            return null;
        }
        long oldest = Long.MAX_VALUE;
        long newest = Long.MIN_VALUE;
        for (Summary summary : summaries) {
            oldest = Math.min(oldest, summary.writtenAtMillis());
            newest = Math.max(newest, summary.writtenAtMillis());
        }
        return new long[] {oldest, newest};
    }

    /**
     * Closes this store's handle on its index; the index closes with the last handle in this JVM. Stores left open
     * are closed when the JVM shuts down, so applications never call this; tools and tests that fill a cache
     * directory do, to leave it as a finished process would.
     */
    public void close() {
        index.close();
    }

    /** The entry of a decoded record, once its payload passed the record's tag for {@code key}. */
    private Serialized read(Key key, EntryRecord record) throws IOException {
        return record.isInline() ? readInline(record, authenticator.begin(key))
                                 : blobs.read(key, record, authenticator.begin(key));
    }

    private static EntryRecord inlineRecord(Serialized value, byte[] recording, PayloadTag payloadTag) {
        ByteBuffer payload = PayloadLayout.joined(value, recording);
        payloadTag.update(payload);
        return EntryRecord.inline(PayloadLayout.of(value, recording), payload, payloadTag);
    }

    private static Serialized readInline(EntryRecord record, PayloadTag payloadTag) {
        ByteBuffer payload = record.inlinePayload();
        payloadTag.update(payload);
        record.authenticate(payloadTag);
        return record.layout().entry(record.layout().split(payload));
    }

    private void removeEntry(Key key) {
        byte[] previous = index.map().remove(key.toBytes());
        if (previous != null) {
            forget(key, previous);
        }
    }

    /** Removes an entry if it still holds {@code encoded}, and its blob. */
    private void drop(Key key, byte[] encoded, EntryRecord record) throws IOException {
        if (index.map().remove(key.toBytes(), encoded)) {
            bytes.getAndUpdate(counted -> counted < 0 ? counted : counted - record.size());
            blobs.delete(key, record);
        }
    }

    private void dropQuietly(Key key, byte[] encoded) {
        index.map().remove(key.toBytes(), encoded);
    }

    /** Deletes what a replaced or removed record referenced. */
    private void forget(Key key, byte[] encoded) {
        try {
            EntryRecord previous = EntryRecord.decode(encoded);
            bytes.getAndUpdate(counted -> counted < 0 ? counted : counted - previous.size());
            blobs.delete(key, previous);
        } catch (CorruptEntryException e) {
            // nothing it references can be found again
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void enforceBounds() throws IOException {
        boolean tooMany = maxEntries > 0 && index.map().size() > maxEntries;
        boolean tooLarge = maxBytes > 0 && (bytes.get() < 0 || bytes.get() > maxBytes);
        if (!tooMany && !tooLarge) {
            return;
        }
        List<Summary> oldestFirst = new ArrayList<>(summaries());
        oldestFirst.sort(Comparator.comparingLong(Summary::writtenAtMillis));
        long count = oldestFirst.size();
        long total = oldestFirst.stream().mapToLong(Summary::size).sum();
        for (Summary oldest : oldestFirst) {
            if ((maxEntries <= 0 || count <= maxEntries) && (maxBytes <= 0 || total <= maxBytes)) {
                break;
            }
            drop(oldest.key(), oldest.encoded(), oldest.record());
            evictions.increment();
            count--;
            total -= oldest.size();
        }
        bytes.set(total);
    }

    /** Every readable entry's header; unreadable ones are dropped on the way. */
    private List<Summary> summaries() {
        List<Summary> summaries = new ArrayList<>();
        for (Map.Entry<byte[], byte[]> entry : index.map().entrySet()) {
            Key key = Key.fromBytes(entry.getKey());
            try {
                summaries.add(new Summary(key, entry.getValue(), EntryRecord.decode(entry.getValue())));
            } catch (CorruptEntryException e) {
                dropQuietly(key, entry.getValue());
            }
        }
        return summaries;
    }

    /** One entry as eviction sees it. */
    private record Summary(Key key, byte[] encoded, EntryRecord record) {
        long writtenAtMillis() {
            return record.writtenAtMillis();
        }

        long size() {
            return record.size();
        }
    }
}
