package dev.memoria.internal.copy;

import dev.memoria.internal.report.Messages;
import dev.memoria.internal.value.Serialized;
import dev.memoria.internal.value.Spill;
import dev.memoria.internal.value.SpillFailedException;
import org.apache.fory.ThreadSafeFory;
import org.apache.fory.memory.MemoryBuffer;
import org.apache.fory.serializer.BufferObject;

import java.lang.ref.WeakReference;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes the copies behind {@code @CacheData}: a value is serialized once when it is stored and deserialized into a
 * fresh object for every hit, so no caller can change what another one sees.
 *
 * <p>One copier per class loader, because deserialization must resolve the value's classes where the calling code
 * sees them (a class reloaded by a new loader gets instances of its own classes). Fory runs with reference tracking
 * (shared and cyclic object graphs survive the copy), except for values only memory keeps whose shape can neither share
 * nor cycle ({@link #serializeForMemory}), no graph-size limit (the data is our own), and large primitive
 * arrays as out-of-band buffers, copied in bulk instead of element by element. Deep values that overflow the
 * caller's stack are copied again on a large one ({@link DeepCopy}).
 */
public final class ValueCopier {

    /** Arrays smaller than this stay in the main stream; a separate buffer would cost more than it saves. */
    private static final int OUT_OF_BAND_THRESHOLD = 64 * 1024;
    /** The bit of the first byte of a Fory stream that says it was written with a buffer callback. */
    private static final int OUT_OF_BAND_FLAG = 1 << 1;

    // per JVM, not per engine: a copier is Fory's class resolution for one loader and holds no engine state (no clock,
    // no reporter), and the stores that encode recorded UI calls reach it without an engine
    private static final Map<ClassLoader, WeakReference<ValueCopier>> BY_LOADER = new WeakHashMap<>();
    private static final DeepCopy DEEP = new DeepCopy(DeepCopy.STACK_BYTES);
    /**
     * How deep a value may be nested to be read back. Fory's default is 50, a guard against crafted input, which
     * refused a chain of 51 records; stored entries are authenticated, so the guard only has to bound the work.
     * Fory allocates an array of this size per instance, so it stays at a size a stack of {@link DeepCopy} reaches.
     */
    static final int MAX_DEPTH = 50_000;
    /**
     * The depth a read-back serializer is built for first. Building one at {@link #MAX_DEPTH} costs about 0.2 s more
     * (Fory clears that array once per serializer it registers, a few hundred times), on a first hit after a restart;
     * the rare value nested deeper is read again by a serializer built for {@link #MAX_DEPTH} (see {@link #tooDeep}).
     */
    static final int SHALLOW_DEPTH = 1_000;
    /** What a deserialization does, for the message of one that fails for lack of stack or memory. */
    private static final String READING = "Reading back a stored value";

    /** The application class loader lives as long as the JVM; its copier is kept rather than rebuilt. */
    private static volatile ValueCopier systemCopier;

    private final ClassLoader loader;
    /** Built on the first copy: a JVM whose cached values need no copy never loads Fory. */
    private volatile ThreadSafeFory fory;
    /** Without reference tracking, for the values {@link Untracked} admits; built on the first of them. */
    private volatile ThreadSafeFory untracked;
    /** Readers of recorded UI call arguments, by the patterns of the toolkit's recorded types. */
    private final Map<List<String>, ThreadSafeFory> recordedArgsReaders = new ConcurrentHashMap<>();

    private ValueCopier(ClassLoader loader) {
        this.loader = loader;
    }

    private ThreadSafeFory fory() {
        ThreadSafeFory copies = fory;
        if (copies == null) {
            synchronized (this) {
                if (fory == null) {
                    fory = ForyPools.forCopies(loader, true);
                }
                copies = fory;
            }
        }
        return copies;
    }

    private ThreadSafeFory untracked() {
        ThreadSafeFory copies = untracked;
        if (copies == null) {
            synchronized (this) {
                if (untracked == null) {
                    untracked = ForyPools.forCopies(loader, false);
                }
                copies = untracked;
            }
        }
        return copies;
    }

    /**
     * The copier for classes of {@code loader}. It lives as long as a caller holds it: call sites keep theirs, so it
     * is not rebuilt on every call, and it goes away with the classes that use it.
     */
    public static ValueCopier forLoader(ClassLoader loader) {
        ClassLoader system = ClassLoader.getSystemClassLoader();
        ClassLoader key = loader != null ? loader : system;
        synchronized (BY_LOADER) {
            WeakReference<ValueCopier> reference = BY_LOADER.get(key);
            ValueCopier copier = reference == null ? null : reference.get();
            if (copier == null) {
                copier = new ValueCopier(key);
                BY_LOADER.put(key, new WeakReference<>(copier));
            }
            if (key == system) {
                systemCopier = copier;
            }
            return copier;
        }
    }

    /**
     * Serializes onto the heap.
     *
     * @throws NotCopyableException when the value, or something it holds, cannot be copied
     */
    public Serialized serialize(Object value) {
        return serialize(value, Spill.onHeap());
    }

    /**
     * Serializes a value that only this JVM's memory keeps, to be copied on hits: without reference tracking when its
     * shape cannot share or cycle ({@link Untracked}), which makes every copy cheaper. Never for a tier that stores
     * bytes: its readers track references.
     *
     * @throws NotCopyableException when the value, or something it holds, cannot be copied
     */
    public Serialized serializeForMemory(Object value) {
        boolean untracked = Untracked.suits(value);
        Serialized serialized = serialize(value, Spill.onHeap(), DEEP, untracked ? untracked() : fory(), true);
        return untracked ? serialized.untracked() : serialized;
    }

    /**
     * Serializes with large arrays going to {@code spill}.
     *
     * @throws NotCopyableException when the value, or something it holds, cannot be copied
     * @throws SpillFailedException when the spill's storage failed
     */
    public Serialized serialize(Object value, Spill spill) {
        return serialize(value, spill, DEEP);
    }

    Serialized serialize(Object value, Spill spill, DeepCopy deep) {
        return serialize(value, spill, deep, fory(), false);
    }

    /**
     * Serializes with {@code deep} for values that overflow the caller's stack; a second attempt goes to the heap,
     * since the first one's spill is abandoned.
     *
     * @param inBand whether a value without arrays may be marked as written without a buffer callback, which it then
     *               was in all but the header ({@link #writtenInBand}): only for bytes this JVM's memory keeps
     * @throws CopyLimitException when the value is too deep or too large to copy at all
     */
    private Serialized serialize(Object value, Spill spill, DeepCopy deep, ThreadSafeFory with, boolean inBand) {
        Spill[] target = {spill};
        String subject = "Copying a " + (value == null ? "null" : value.getClass().getName());
        try {
            return deep.run(() -> {
                boolean[] asked = {false};
                byte[] main = with.serialize(value, buffer -> {
                    asked[0] = true;
                    return keepInBand(buffer, target[0]);
                });
                Serialized serialized = inBand && !asked[0]
                        ? target[0].finish(writtenInBand(main)).inBand() : target[0].finish(main);
                if (target[0] != spill) {
                    requireReadable(serialized, with, subject); // deep enough to need the large stack: maybe too deep
                }
                return serialized;
            }, () -> {
                spill.abandon();
                target[0] = Spill.onHeap();
            }, subject);
        } catch (CopyLimitException e) {
            target[0].abandon();
            throw e;
        } catch (RuntimeException e) {
            target[0].abandon();
            throw notCopyable(value, e);
        }
    }

    /**
     * Serializes a small value into one array, large arrays included: for what is stored as a single section of an
     * entry, such as the arguments of recorded UI calls.
     *
     * @throws NotCopyableException when the value, or something it holds, cannot be copied
     */
    byte[] serializeInBand(Object value) {
        try {
            return fory().serialize(value);
        } catch (RuntimeException e) {
            throw notCopyable(value, e);
        }
    }

    /**
     * The serializer that reads back recorded UI call arguments admitting only JDK value types and
     * {@code recordedTypes}. It is shared by every method of this loader, because what it admits does not depend on
     * the method.
     */
    ThreadSafeFory recordedArgsReader(List<String> recordedTypes) {
        return recordedArgsReaders.computeIfAbsent(List.copyOf(recordedTypes),
                types -> ForyPools.forRecordedArgs(loader, types));
    }

    /**
     * A fresh deep copy of a value this JVM serialized. A value read back from a store is deserialized by the
     * {@link #readBack ReadBack} of its method instead.
     *
     * @throws IllegalArgumentException for a value read back from a store
     */
    public Object deserialize(Serialized serialized) {
        if (serialized.isReadBack()) {
            throw new IllegalArgumentException("A value read back from a store is deserialized by its method's"
                    + " ReadBack, which admits only the types the method declares");
        }
        ThreadSafeFory with = serialized.tracksReferences() ? fory() : untracked();
        byte[] main = serialized.mainArray();
        if (main == null || serialized.outOfBand()) {
            return deserialize(serialized, with);
        }
        // a copy on a hit: read here rather than through DEEP.run's function, so that the JIT, which inlines so many
        // levels deep only, inlines Fory's reading of the first objects into the hit path, as it does for a caller
        // that calls Fory directly
        try {
            return with.deserialize(MemoryBuffer.fromByteArray(main));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError failure) {
            return DEEP.rerun(failure, ValueCopier::read, serialized, with, READING);
        }
    }

    /**
     * How values of a persisted method whose declared return type is {@code declaredReturnType} are read back.
     * Nothing is computed until a value is.
     */
    public ReadBack readBack(Type declaredReturnType) {
        return new ReadBack(this, declaredReturnType);
    }

    /** The loader the copies' classes resolve in: also where recorded UI calls of its methods are read back. */
    public ClassLoader loader() {
        return loader;
    }

    static Object deserialize(Serialized serialized, ThreadSafeFory with) {
        return deserialize(serialized, with, DEEP);
    }

    /** @throws CopyLimitException when the value is too deep or too large to copy at all */
    static Object deserialize(Serialized serialized, ThreadSafeFory with, DeepCopy deep) {
        return deep.run(ValueCopier::read, serialized, with, READING);
    }

    private static Object read(Serialized serialized, ThreadSafeFory with) {
        byte[] array = serialized.mainArray();
        MemoryBuffer main = array != null ? MemoryBuffer.fromByteArray(array)
                : MemoryBuffer.fromByteBuffer(serialized.mainForReading());
        if (!serialized.outOfBand()) {
            return with.deserialize(main);
        }
        if (serialized.bufferCount() == 0) {
            return with.deserialize(main, List.of());
        }
        List<MemoryBuffer> buffers = new ArrayList<>(serialized.bufferCount());
        for (int i = 0; i < serialized.bufferCount(); i++) {
            buffers.add(MemoryBuffer.fromByteBuffer(serialized.bufferForReading(i)));
        }
        return with.deserialize(main, buffers);
    }

    /** Reads a deep value back once, so that one nested deeper than {@link #MAX_DEPTH} is refused now, not on a hit. */
    private static void requireReadable(Serialized serialized, ThreadSafeFory with, String subject) {
        try {
            deserialize(serialized, with, DEEP);
        } catch (RuntimeException e) {
            if (tooDeep(e)) {
                throw new CopyLimitException(Messages.nestedTooDeep(subject, MAX_DEPTH), e);
            }
            throw e;
        }
    }

    /** Whether Fory refused a value for being nested deeper than its serializer's maximum depth. */
    static boolean tooDeep(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (String.valueOf(cause.getMessage()).contains("max depth")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The stream Fory writes without a buffer callback, from one written with a callback that was never asked (the
     * value holds no array nor buffer): the two differ only in the header's out-of-band flag. Read back without a
     * callback's bookkeeping, such a stream skips Fory's check of a flagged header, which formats a message on every
     * read. ValueCopierTest holds the two streams equal.
     */
    private static byte[] writtenInBand(byte[] main) {
        main[0] &= (byte) ~OUT_OF_BAND_FLAG;
        return main;
    }

    private static boolean keepInBand(BufferObject buffer, Spill spill) {
        if (buffer.totalBytes() < OUT_OF_BAND_THRESHOLD) {
            return true;
        }
        buffer.writeTo(MemoryBuffer.fromByteBuffer(spill.allocate(buffer.totalBytes())));
        return false;
    }

    private static RuntimeException notCopyable(Object value, RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof NotCopyableException || cause instanceof SpillFailedException) {
                return (RuntimeException) cause;
            }
        }
        return new NotCopyableException(value.getClass().getName(), String.valueOf(failure.getMessage()), failure);
    }
}
