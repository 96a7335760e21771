package dev.memoria.internal.value;

import dev.memoria.internal.recording.Recording;

import java.nio.ByteBuffer;

/**
 * A {@code @CacheData} value in serialized form: a main stream plus one buffer per large primitive array, so that no
 * single array holds the whole value and arrays are copied in bulk. Buffers are heap arrays, or regions of a
 * memory-mapped file for values kept on disk. Immutable: accessors hand out read-only views.
 */
public final class Serialized extends Stamped implements Stored {

    /** Heap bytes, or a region of a memory-mapped file; never moved or written: only duplicates are handed out. */
    private final ByteBuffer main;
    /** The array {@link #main} is when it is a whole heap array (a value serialized here), else null. */
    private final byte[] mainArray;
    private final ByteBuffer[] buffers;
    private final long size;
    private final long heapBytes;
    private final long writtenAtMillis;
    private final boolean readBack;
    private final Object storage;
    private final Recording recording;
    /** The value itself when no caller can change it (handed out instead of a copy), else {@link #NOT_SHARED}. */
    private final Object shared;
    /** Whether the bytes were written with reference tracking, as every value a store keeps is. */
    private final boolean tracksReferences;
    /** Whether the bytes were written with a buffer callback (out-of-band buffers possible), as a store's are. */
    private final boolean outOfBand;
    /** What is left to check of a value read back before a copy of it is handed out, or null: nothing. */
    private final Authentication pending;

    private static final Object NOT_SHARED = new Object();

    private Serialized(ByteBuffer main, ByteBuffer[] buffers, long writtenAtMillis, boolean readBack, Object storage,
                       Recording recording, Object shared, boolean tracksReferences, boolean outOfBand,
                       Authentication pending) {
        this.main = main.slice();
        this.mainArray = main.hasArray() && main.arrayOffset() == 0 && main.position() == 0
                         && main.remaining() == main.array().length ? main.array() : null;
        this.buffers = new ByteBuffer[buffers.length];
        long total = main.remaining();
        long onHeap = main.isDirect() ? 0 : main.remaining();
        for (int i = 0; i < buffers.length; i++) {
            this.buffers[i] = buffers[i].slice();
            total += buffers[i].remaining();
            onHeap += buffers[i].isDirect() ? 0 : buffers[i].remaining();
        }
        this.size = total;
        this.heapBytes = onHeap;
        this.writtenAtMillis = writtenAtMillis;
        this.readBack = readBack;
        this.storage = storage;
        this.recording = recording;
        this.shared = shared;
        this.tracksReferences = tracksReferences;
        this.outOfBand = outOfBand;
        this.pending = pending;
    }

    /** A value serialized in this JVM; its time is set when it becomes an entry ({@link #entry}). */
    static Serialized produced(byte[] main, ByteBuffer[] buffers, Object storage) {
        return new Serialized(ByteBuffer.wrap(main), buffers, 0, false, storage, Recording.NONE, NOT_SHARED, true,
                true, null);
    }

    /**
     * A value read back from a store (a file anyone with access to the cache directory could have changed): it is
     * deserialized only through the allow-list. The main stream and the buffers may be regions of a mapped file, which
     * are then read in place.
     */
    public static Serialized readBack(ByteBuffer main, ByteBuffer[] buffers, long writtenAtMillis) {
        return readBack(main, buffers, writtenAtMillis, null);
    }

    /**
     * A value read back whose buffers are still being authenticated by {@code pending} (null: nothing is): its copies
     * are handed out only once {@link #awaitAuthentic} returned.
     */
    public static Serialized readBack(ByteBuffer main, ByteBuffer[] buffers, long writtenAtMillis,
                                      Authentication pending) {
        return new Serialized(main, buffers, writtenAtMillis, true, null, Recording.NONE, NOT_SHARED, true, true,
                pending);
    }

    /**
     * Returns once the value read back proved authentic: at once for a value authenticated whole when it was read, or
     * one this JVM serialized.
     *
     * @throws DamagedValueException when it did not (the store has dropped and reported it)
     */
    public void awaitAuthentic() {
        if (pending != null) {
            pending.await();
        }
    }

    /** The same value, stored with the UI calls that computing it made. */
    public Serialized withRecording(Recording calls) {
        return new Serialized(main, buffers, writtenAtMillis, readBack, storage, calls, shared, tracksReferences,
                outOfBand, pending);
    }

    /**
     * The same value as a cache entry: with the UI calls that computing it made, computed at {@code writtenAtMillis} on
     * its engine's clock (what its {@code ttl} counts from).
     */
    public Serialized entry(Recording calls, long writtenAtMillis) {
        return new Serialized(main, buffers, writtenAtMillis, readBack, storage, calls, shared, tracksReferences,
                outOfBand, pending);
    }

    /**
     * The same value, also kept as the object it was serialized from, which hits hand out instead of a copy: only for
     * a value no caller can change. The bytes stay for the tiers that store them.
     */
    public Serialized sharing(Object value) {
        return new Serialized(main, buffers, writtenAtMillis, readBack, storage, recording, value, tracksReferences,
                outOfBand, pending);
    }

    /**
     * The same bytes, marked as written without reference tracking: readable only by a reader that does not track
     * either, so never given to a tier that stores bytes.
     */
    public Serialized untracked() {
        return new Serialized(main, buffers, writtenAtMillis, readBack, storage, recording, shared, false, outOfBand,
                pending);
    }

    /**
     * The same bytes, marked as written without a buffer callback (all in the main stream, and no out-of-band flag in
     * its header), which reads faster; like {@link #untracked()}, only for bytes that stay in this JVM's memory.
     */
    public Serialized inBand() {
        if (buffers.length > 0) {
            throw new IllegalStateException("a value with out-of-band buffers was not written in band");
        }
        return new Serialized(main, buffers, writtenAtMillis, readBack, storage, recording, shared, tracksReferences,
                false, pending);
    }

    /** Whether the bytes were written with a buffer callback (see {@link #inBand()}). */
    public boolean outOfBand() {
        return outOfBand;
    }

    /** Whether the bytes were written with reference tracking (see {@link #untracked()}). */
    public boolean tracksReferences() {
        return tracksReferences;
    }

    /** Whether {@link #shared()} holds the value itself. */
    public boolean isShared() {
        return shared != NOT_SHARED;
    }

    /** The value itself, when {@link #isShared()}. */
    public Object shared() {
        return shared;
    }

    @Override
    public Recording recording() {
        return recording;
    }

    /** The main stream, read-only. */
    public ByteBuffer main() {
        return main.asReadOnlyBuffer();
    }

    /**
     * The main stream's array itself when the stream is a whole heap array, else null: read on every hit of a value
     * serialized in this JVM without even a view around it. Never written to.
     */
    public byte[] mainArray() {
        return mainArray;
    }

    /**
     * The main stream itself, not a copy nor a read-only view: only for the runtime's own deserializer, which reads it
     * on every hit and never writes to it (Fory copies a read-only heap buffer before reading it).
     */
    public ByteBuffer mainForReading() {
        return main.duplicate();
    }

    public int bufferCount() {
        return buffers.length;
    }

    /** Out-of-band buffer {@code index}, read-only, positioned at its start. */
    public ByteBuffer buffer(int index) {
        return buffers[index].asReadOnlyBuffer();
    }

    /** Out-of-band buffer {@code index} itself, as {@link #mainForReading()} is the main stream. */
    public ByteBuffer bufferForReading(int index) {
        return buffers[index].duplicate();
    }

    /** The serialized size in bytes. */
    public long size() {
        return size;
    }

    /** When the value was first written (wall clock), so an entry read back after a restart keeps its age. */
    public long writtenAtMillis() {
        return writtenAtMillis;
    }

    /** Whether the value came back from a store rather than from this JVM's own serializer. */
    public boolean isReadBack() {
        return readBack;
    }

    /** What the {@link Spill} that produced the value keeps its buffers in (e.g. a pending blob file), or null. */
    public Object storage() {
        return storage;
    }

    @Override
    public long weight() {
        return size;
    }

    @Override
    public long heapBytes() {
        return heapBytes;
    }

    @Override
    public void released() {
        // bytes, or mapped file regions the garbage collector unmaps: nothing to release
    }
}
