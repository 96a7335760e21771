package dev.memoria.internal.store.remote;

import dev.memoria.CacheStats;
import dev.memoria.internal.key.Key;
import dev.memoria.internal.policy.CacheSpec;
import dev.memoria.internal.replay.RecordingFormat;
import dev.memoria.internal.report.Messages;
import dev.memoria.internal.report.Reporter;
import dev.memoria.internal.store.Departures;
import dev.memoria.internal.store.EntryAuthenticator;
import dev.memoria.internal.store.PayloadLayout;
import dev.memoria.internal.store.PayloadTag;
import dev.memoria.internal.store.Store;
import dev.memoria.internal.time.Clock;
import dev.memoria.internal.value.Serialized;
import dev.memoria.internal.value.Spill;
import dev.memoria.internal.value.Stored;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * The entries of one code version of a {@code persist = REMOTE} method in the shared store. Keys (one hash tag per
 * method version, so its entries and bookkeeping share a Cluster slot and its scripts run on one node):
 * <pre>
 *   memoria:1:{T}:e:&lt;key&gt;          the entry's head ({@link RemoteRecord}), with the payload when small
 *   memoria:1:{T}:c:&lt;key&gt;:&lt;id&gt;:&lt;n&gt;   chunk n of the payload written by write id, for larger values
 *   memoria:1:{T}:l:&lt;key&gt;          the lease of the JVM computing the entry
 *   memoria:1:{T}:i / :s             the index (written-at time and size of each key), for bounds
 *   memoria:1:versions               T -> signature, fingerprint and name (tab-separated), for tools
 * </pre>
 * where T is the first 16 hex digits of SHA-256 over the method's signature and code fingerprint, and key the
 * argument digest in hex. The store never throws: a failing store is a miss, and the method caches in memory.
 */
public final class RemoteStore implements Store<Key> {

    /** Payloads up to this size live in their head, read in one GET and digested on all cores once it arrived. */
    static final int INLINE_BYTES = 2 << 20;
    /**
     * Larger payloads live in chunks of this size, read a few at a time on one connection: small enough that the
     * digests of one chunk's leaves run while the next chunks arrive, and that little is left to digest after the
     * last; large enough that a gigabyte takes a thousand keys, not more.
     */
    static final int CHUNK_BYTES = 1 << 20;
    /**
     * The leaves of the entries' tags ({@link PayloadTag}): a quarter of the disk tier's, so that a value of a
     * mebibyte is digested on several cores, and a chunk's leaves as soon as it arrived.
     */
    static final int LEAF_BYTES = 256 << 10;
    /** A lease lives this long unless its holder renews it: how long waiters wait on a JVM that died. */
    static final long LEASE_MILLIS = 10_000;
    /** The longest a caller waits for another JVM's computation before it computes by itself. */
    static final long WAIT_MILLIS = 60_000;
    /** The longest a lease is renewed: a computation that runs longer lets other JVMs compute too. */
    static final long MAX_HOLD_MILLIS = 600_000;
    /** Chunks of a write that never committed (its JVM was killed) expire after this long. */
    static final long ORPHAN_MILLIS = 3_600_000;

    /** The hash of every method version written: tag -> signature, fingerprint and name, for tools. */
    static final String VERSIONS = "memoria:1:versions";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    /**
     * Lua: {@code deleteChunks} deletes the chunk set {@code "<write id>:<count>"} of an entry; {@code drop} drops one
     * entry of the version whose keys start with {@code prefix}: its head, its chunks (named by the {@code k} hash),
     * and its bookkeeping (index, size, and the total of sizes in {@code b}).
     */
    private static final String DROP_FUNCTION = """
            local function deleteChunks(prefix, member, chunks)
              local id, count = string.match(chunks, '^(%x+):(%d+)$')
              if not id then return end
              for n = 0, tonumber(count) - 1 do
                redis.call('DEL', prefix .. 'c:' .. member .. ':' .. id .. ':' .. n)
              end
            end
            local function drop(prefix, member)
              redis.call('DEL', prefix .. 'e:' .. member)
              local chunks = redis.call('HGET', prefix .. 'k', member)
              if chunks then
                deleteChunks(prefix, member, chunks)
                redis.call('HDEL', prefix .. 'k', member)
              end
              local size = tonumber(redis.call('HGET', prefix .. 's', member))
              if size then redis.call('DECRBY', prefix .. 'b', size) end
              redis.call('HDEL', prefix .. 's', member)
              redis.call('ZREM', prefix .. 'i', member)
            end
            """;
    /**
     * Replaces an entry's head and bookkeeping, then trims the version to its bounds, in one atomic step: JVMs writing
     * at once each see the bounds hold after their write, and never evict more than they must. KEYS: the head, then the
     * chunk keys to keep as long as the head; ARGV: prefix, member, head, written at, size, ttl millis (0: none),
     * chunks ({@code "<write id>:<count>"}, or empty), expired cutoff (written-at millis, -1: none), maxEntries and
     * maxSize (-1: none). Returns how many entries the bounds evicted.
     */
    private static final String COMMIT = DROP_FUNCTION + """
            local prefix, member, ttl = ARGV[1], ARGV[2], tonumber(ARGV[6])
            local index = prefix .. 'i'
            local previous = redis.call('HGET', prefix .. 'k', member)
            if previous and previous ~= ARGV[7] then deleteChunks(prefix, member, previous) end
            if ttl > 0 then redis.call('SET', KEYS[1], ARGV[3], 'PX', ttl) else redis.call('SET', KEYS[1], ARGV[3]) end
            for i = 2, #KEYS do
              if ttl > 0 then redis.call('PEXPIRE', KEYS[i], ttl) else redis.call('PERSIST', KEYS[i]) end
            end
            if ARGV[7] == '' then
              redis.call('HDEL', prefix .. 'k', member)
            else
              redis.call('HSET', prefix .. 'k', member, ARGV[7])
            end
            local replaced = tonumber(redis.call('HGET', prefix .. 's', member)) or 0
            redis.call('HSET', prefix .. 's', member, ARGV[5])
            redis.call('INCRBY', prefix .. 'b', tonumber(ARGV[5]) - replaced)
            redis.call('ZADD', index, ARGV[4], member)
            if tonumber(ARGV[8]) >= 0 then
              for _, expired in ipairs(redis.call('ZRANGEBYSCORE', index, '-inf', ARGV[8])) do drop(prefix, expired) end
            end
            local maxEntries, maxBytes, evicted = tonumber(ARGV[9]), tonumber(ARGV[10]), 0
            while (maxEntries > 0 and redis.call('ZCARD', index) > maxEntries)
                or (maxBytes > 0 and (tonumber(redis.call('GET', prefix .. 'b')) or 0) > maxBytes) do
              local oldest = redis.call('ZRANGE', index, 0, 0)
              if #oldest == 0 then break end
              drop(prefix, oldest[1])
              evicted = evicted + 1
            end
            return evicted""";
    /** Drops one entry and its bookkeeping. KEYS: its head; ARGV: prefix, member. */
    private static final String DROP = DROP_FUNCTION + """
            drop(ARGV[1], ARGV[2])
            return 0""";
    /** Deletes a key if it still holds ARGV[1] (a lease's token, or a head that failed its check). */
    private static final String DELETE_IF = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0""";
    private static final String RENEW_IF = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
            return 0""";

    private final RemoteTier tier;
    private final EntryAuthenticator authenticator;
    private final String method;
    private final String prefix;
    private final long retentionMillis;
    private final long maxEntries;
    private final long maxBytes;
    /** How long a miss waits for another JVM's computation: {@link #WAIT_MILLIS}, or 0 for an async method. */
    private final long waitMillis;
    /** Leases this JVM holds, by key: their tokens, and the renewal of each. */
    private final Map<Key, Lease> leases = new ConcurrentHashMap<>();
    private final LongAdder evictions = new LongAdder();
    private final RemoteCounters counters = new RemoteCounters();
    private volatile long lastEntries;
    private volatile long lastBytes;

    private final Clock clock;
    private final Reporter reporter;

    /**
     * @param async whether the method returns a future: its callers must not block, so a miss never waits for another
     *              JVM's computation of the key but computes it too
     */
    RemoteStore(RemoteTier tier, EntryAuthenticator authenticator, String tag, CacheSpec spec, String method,
                boolean async, Clock clock, Reporter reporter) {
        this.tier = tier;
        this.clock = clock;
        this.reporter = reporter;
        this.authenticator = authenticator;
        this.method = method;
        this.prefix = prefix(tag);
        this.retentionMillis = spec.retention().map(java.time.Duration::toMillis).orElse(0L);
        this.maxEntries = spec.maxEntries().orElse(-1);
        this.maxBytes = spec.maxBytes().orElse(-1);
        this.waitMillis = async ? 0 : WAIT_MILLIS;
    }

    /** The start of every key of the method version tagged {@code tag}. */
    static String prefix(String tag) {
        return "memoria:1:{" + tag + "}:";
    }

    /** The hash tag of a method version: the first 16 hex digits of SHA-256 over signature and fingerprint. */
    static String tag(String signature, String fingerprint) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((signature + "\n" + fingerprint).getBytes(StandardCharsets.UTF_8));
            return HEX.formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public CacheStats.Remote shared() {
        return counters.snapshot();
    }

    /**
     * The entry, or {@code null}. On a miss this JVM takes the key's lease (and must {@link #settled settle} it), or,
     * when another JVM holds it, waits up to {@link #WAIT_MILLIS} for that JVM's entry (an async method does not
     * wait); a lease whose holder died expires and the first waiter to see that takes it over.
     */
    @Override
    public Stored get(Key key) {
        return get(key, key, Departures.NONE);
    }

    @Override
    public Stored get(Key key, Object reportedAs, Departures departures) {
        if (leases.containsKey(key)) {
            return null; // this JVM is computing it: its threads wait in the local flight
        }
        long started = System.nanoTime();
        long deadline = started + TimeUnit.MILLISECONDS.toNanos(waitMillis);
        long pause = 5;
        boolean waited = false;
        try {
            while (true) {
                Serialized found = read(key, reportedAs, departures);
                if (found != null) {
                    counters.hits.increment();
                    return found;
                }
                if (!tier.up() || tryLease(key) || System.nanoTime() >= deadline) {
                    counters.misses.increment();
                    return null;
                }
                waited = true;
                Thread.sleep(pause);
                pause = Math.min(pause * 2, 100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            counters.misses.increment();
            return null;
        } finally {
            if (waited) {
                counters.waitNanos.add(System.nanoTime() - started);
            }
        }
    }

    @Override
    public void put(Key key, Stored value) {
        try {
            if (value instanceof Serialized serialized) {
                write(key, serialized);
            }
        } finally {
            settled(key);
        }
    }

    /** Releases this JVM's lease of {@code key}, if it holds one: its computation ended, stored or not. */
    @Override
    public void settled(Key key) {
        Lease lease = leases.remove(key);
        if (lease != null) {
            if (lease.renewal != null) {
                lease.renewal.cancel(false);
            }
            tier.call(sync -> sync.eval(DELETE_IF, ScriptOutputType.INTEGER, new byte[][] {lease(key)},
                    lease.token), 0L);
        }
    }

    @Override
    public void remove(Key key) {
        // the head is named for Redis Cluster, which runs a script on the node of its keys' slot
        String member = key.toHex();
        tier.call(sync -> sync.eval(DROP, ScriptOutputType.INTEGER, new byte[][] {bytes(prefix + "e:" + member)},
                bytes(prefix), bytes(member)), 0L);
        tier.publish(tagOf() + ":" + member);
    }

    @Override
    public void clear() {
        tier.call(sync -> RemoteKeys.deleteMatching(sync, prefix + "*"), 0L);
        tier.publish(tagOf());
    }

    @Override
    public long entries() {
        lastEntries = tier.call(sync -> sync.zcard(bytes(prefix + "i")), lastEntries);
        return lastEntries;
    }

    @Override
    public long bytes() {
        lastBytes = tier.call(sync -> {
            byte[] total = sync.get(bytes(prefix + "b"));
            return total == null ? 0L : Long.parseLong(new String(total, StandardCharsets.UTF_8));
        }, lastBytes);
        return lastBytes;
    }

    @Override
    public long evictions() {
        return evictions.sum();
    }

    /** Heap buffers, kept even for a value no caller can change: this tier stores its bytes. */
    @Override
    public Spill spill() {
        return Spill.onHeap(true);
    }

    /** Calls {@code listener} whenever any JVM clears entries of this method version (this one too). */
    void onCleared(Runnable listener) {
        tier.onCleared(tagOf(), listener);
    }

    private String tagOf() {
        return prefix.substring("memoria:1:{".length(), prefix.length() - 2);
    }

    private boolean tryLease(Key key) {
        byte[] token = new byte[16];
        RANDOM.nextBytes(token);
        Lease mine = new Lease(token);
        if (leases.putIfAbsent(key, mine) != null) {
            return true; // another thread of this JVM took it meanwhile: join its computation
        }
        String taken = tier.call(sync -> sync.set(lease(key), token,
                SetArgs.Builder.nx().px(LEASE_MILLIS)), null);
        if (!"OK".equals(taken)) {
            leases.remove(key, mine);
            return !tier.up(); // a store that just failed: compute without it
        }
        long every = LEASE_MILLIS / 3;
        long renewals = MAX_HOLD_MILLIS / every;
        mine.renewal = tier.background().scheduleAtFixedRate(new Runnable() {
            private long left = renewals;

            @Override
            public void run() {
                if (left-- <= 0 || leases.get(key) != mine) {
                    throw new CancellationOfRenewal(); // stops this renewal: the lease expires by itself
                }
                tier.call(sync -> sync.eval(RENEW_IF, ScriptOutputType.INTEGER, new byte[][] {lease(key)}, token,
                        bytes(Long.toString(LEASE_MILLIS))), 0L);
            }
        }, every, every, TimeUnit.MILLISECONDS);
        return true;
    }

    /**
     * The entry in the store, checked; {@code null} when there is none, or it was bad (then dropped, and
     * {@code departures} told so under {@code reportedAs}).
     */
    private Serialized read(Key key, Object reportedAs, Departures departures) {
        String member = key.toHex();
        byte[] head = tier.call(sync -> sync.get(bytes(prefix + "e:" + member)), null);
        if (head == null || RemoteRecord.ofAnotherFormat(head)) {
            return null; // another version of Memoria's entry is a miss, replaced by this one's
        }
        try {
            RemoteRecord record = RemoteRecord.decode(head, CHUNK_BYTES);
            PayloadTag tag = authenticator.begin(key, LEAF_BYTES);
            ByteBuffer[] parts;
            if (record.inline != null) {
                parts = record.layout.split(record.inline);
                for (ByteBuffer part : parts) {
                    tag.update(part);
                }
            } else {
                ChunkReader chunks = new ChunkReader(record.layout, chunkPrefix(member, record.writeId),
                        record.chunkCount, CHUNK_BYTES, tag);
                ChunkReader.Arrival arrival = tier.pipelined(async -> chunks.read(async,
                        RemoteTier.COMMAND_TIMEOUT.toMillis()), ChunkReader.Arrival.MISSING);
                if (arrival == ChunkReader.Arrival.MISSING) {
                    return null; // replaced or removed while it was read, or the store failed: a plain miss
                }
                if (arrival == ChunkReader.Arrival.WRONG_LENGTH) {
                    throw new RemoteRecord.BadEntryException(Messages.remoteChunkWrongLength());
                }
                parts = chunks.parts();
            }
            if (!record.authentic(tag)) {
                throw new RemoteRecord.BadEntryException(Messages.remoteFailsAuthentication());
            }
            counters.bytesRead.add(record.layout.size());
            return record.layout.entry(parts);
        } catch (RemoteRecord.BadEntryException e) {
            counters.errors.increment();
            tier.call(sync -> sync.eval(DELETE_IF, ScriptOutputType.INTEGER,
                    new byte[][] {bytes(prefix + "e:" + member)}, head), 0L);
            reporter.once("bad remote entry " + prefix, Messages.remoteBadEntry(method, e.getMessage()));
            departures.damaged(reportedAs, Messages.damagedEntry("the shared store", e.getMessage()));
            return null;
        }
    }

    private void write(Key key, Serialized value) {
        byte[] recording = RecordingFormat.encode(value.recording());
        PayloadLayout layout = PayloadLayout.of(value, recording);
        long size = layout.size();
        if (maxBytes > 0 && size > maxBytes) {
            return; // it alone breaks the bound: the commit would evict it at once
        }
        List<ByteBuffer> parts = PayloadLayout.parts(value, recording);
        PayloadTag tag = authenticator.begin(key, LEAF_BYTES);
        parts.forEach(tag::update);
        tag.arrived(size); // digested while the chunks go out
        long writeId = RANDOM.nextLong();
        String member = key.toHex();
        int chunkCount = size <= INLINE_BYTES ? 0 : (int) ((size + CHUNK_BYTES - 1) / CHUNK_BYTES);
        List<byte[]> chunkKeys = new ArrayList<>(chunkCount);
        for (int i = 0; i < chunkCount; i++) {
            chunkKeys.add(bytes(chunkPrefix(member, writeId) + i));
        }
        if (chunkCount > 0 && !tier.pipelined(async -> new ChunkWriter(parts).send(async, chunkKeys, CHUNK_BYTES,
                ORPHAN_MILLIS, RemoteTier.COMMAND_TIMEOUT.toMillis()), false)) {
            return; // the store failed: the entry stays in memory; the chunks written expire
        }
        RemoteRecord record = RemoteRecord.sealed(layout, writeId, chunkCount,
                chunkCount == 0 ? PayloadLayout.joined(value, recording) : null, tag);
        long ttl = retentionMillis <= 0 ? 0
                : Math.max(1, retentionMillis - (clock.currentTimeMillis() - value.writtenAtMillis()));
        long cutoff = retentionMillis <= 0 ? -1 : clock.currentTimeMillis() - retentionMillis;
        chunkKeys.add(0, bytes(prefix + "e:" + member));
        byte[] encoded = record.encode();
        String chunks = chunkCount == 0 ? "" : Long.toHexString(writeId) + ":" + chunkCount;
        Long evicted = tier.call(sync -> sync.eval(COMMIT, ScriptOutputType.INTEGER,
                chunkKeys.toArray(new byte[0][]), bytes(prefix), bytes(member), encoded,
                bytes(Long.toString(value.writtenAtMillis())), bytes(Long.toString(size)), bytes(Long.toString(ttl)),
                bytes(chunks), bytes(Long.toString(cutoff)), bytes(Long.toString(maxEntries)),
                bytes(Long.toString(maxBytes))), null);
        if (evicted != null) {
            counters.bytesWritten.add(size);
            evictions.add(evicted);
        }
    }

    /** The name of every chunk of the entry {@code member} written as {@code writeId}, but its number. */
    private String chunkPrefix(String member, long writeId) {
        return prefix + "c:" + member + ":" + Long.toHexString(writeId) + ":";
    }

    private byte[] lease(Key key) {
        return bytes(prefix + "l:" + key.toHex());
    }

    private static byte[] bytes(String text) {
        return RemoteTier.bytes(text);
    }

    /** A lease this JVM holds. */
    private static final class Lease {
        final byte[] token;
        volatile ScheduledFuture<?> renewal;

        Lease(byte[] token) {
            this.token = token;
        }
    }

    /** Thrown by a renewal to end itself, as a scheduled task ends when it throws. */
    private static final class CancellationOfRenewal extends RuntimeException {
        CancellationOfRenewal() {
            super(null, null, false, false);
        }
    }
}
