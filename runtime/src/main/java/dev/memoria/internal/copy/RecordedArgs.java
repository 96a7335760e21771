package dev.memoria.internal.copy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The arguments of one recorded UI call, as bytes stored with a {@code persist = DISK} entry, so that a hit after a
 * restart can draw them again. They are the toolkit's records of plain data, serialized by the same Fory setup as
 * values; read back, they are deserialized only through {@link RecordedTypes}: JDK value types and the classes the
 * toolkit's binding says it records.
 */
public final class RecordedArgs {

    private RecordedArgs() {
    }

    /**
     * Serializes with the copier of the loader that defined the arguments' classes, so that no other loader's
     * copier keeps those classes alive.
     *
     * @throws NotCopyableException when an argument is not plain data
     */
    public static byte[] write(List<Object> args) {
        return ValueCopier.forLoader(loaderOf(args)).serializeInBand(new ArrayList<>(args));
    }

    /**
     * Reads back arguments {@link #write} serialized.
     *
     * @param loader        where their classes are resolved: the loader of the cached method that drew them
     * @param recordedTypes the classes the toolkit's binding records, as {@link RecordedTypes} patterns
     * @throws NotAllowedException when the bytes name a class outside JDK value types and {@code recordedTypes}
     * @throws RuntimeException    when the bytes are not arguments {@link #write} serialized
     */
    public static List<Object> read(byte[] bytes, ClassLoader loader, List<String> recordedTypes) {
        Object args;
        try {
            args = ValueCopier.forLoader(loader).recordedArgsReader(recordedTypes).deserialize(bytes);
        } catch (RuntimeException e) {
            throw NotAllowedException.foundIn(e);
        }
        if (!(args instanceof List<?> list)) {
            throw new IllegalArgumentException("the recorded arguments are a " + args + ", not a list");
        }
        return Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** The loader of the first argument whose class is not the JDK's; {@code null} (the JDK) when there is none. */
    private static ClassLoader loaderOf(List<Object> args) {
        for (Object arg : args) {
            if (arg != null && arg.getClass().getClassLoader() != null) {
                return arg.getClass().getClassLoader();
            }
        }
        return null;
    }
}
