package dev.memoria.bench.table;

import dev.memoria.Memoria;
import dev.memoria.bench.fork.Heap;
import dev.memoria.bench.fork.ResultLines;

import java.io.IOException;

/**
 * Forked under the agent, one JVM per table size: {@code <rows> <warm-up repetitions> <timed repetitions>
 * [memoriaOnly]}; {@code memoriaOnly} leaves the other contenders out, for a profile of Memoria alone. Each
 * repetition times, in seconds, every contender on the same table: Memoria's first run and hit for both annotations,
 * the plain deep copy, and serializing and deserializing with {@code java.io} and Kryo. A collection precedes every
 * timed step, so no step pays for another's garbage.
 */
public final class StreamlitTableApp {

    /** A {@code @CacheResource} hit takes microseconds: timed as the mean of this many, not one clock reading. */
    private static final int RESOURCE_HITS = 10_000;

    private StreamlitTableApp() {
    }

    public static void main(String[] args) throws IOException {
        int rows = Integer.parseInt(args[0]);
        int warmUps = Integer.parseInt(args[1]);
        int repetitions = Integer.parseInt(args[2]);
        Columns source = Columns.filled(rows);
        CachedColumns.source = source;
        ByteCopy java = new JavaSerializationCopy();
        ByteCopy kryo = new KryoCopy();
        boolean memoriaOnly = args.length > 3 && args[3].equals("memoriaOnly");
        for (int run = 0; run < warmUps + repetitions; run++) {
            boolean timed = run >= warmUps;
            boolean check = run == 0;
            cacheData(run, source, timed, check);
            cacheResource(run, source, timed);
            if (memoriaOnly) {
                continue;
            }
            Heap.settle();
            long start = System.nanoTime();
            Columns copy = source.deepCopy();
            report(timed, "clone.copy", start);
            verify(check, copy != source && copy.sameValues(source), "clone");
            copy = null;
            serializer("java", java, source, timed, check);
            serializer("kryo", kryo, source, timed, check);
        }
    }

    private static void cacheData(int run, Columns source, boolean timed, boolean check) {
        Heap.settle();
        long start = System.nanoTime();
        Columns first = CachedColumns.data(run);
        report(timed, "cacheData.first", start);
        verify(true, first == source, "@CacheData's computing caller gets the original");
        Heap.settle();
        start = System.nanoTime();
        Columns hit = CachedColumns.data(run);
        report(timed, "cacheData.hit", start);
        verify(true, hit.a() != source.a(), "@CacheData's hit is a copy (is the agent there?)");
        verify(check, hit.sameValues(source), "@CacheData's hit equals the table");
        Memoria.function(CachedColumns.class, "data", int.class).clear();
    }

    private static void cacheResource(int run, Columns source, boolean timed) {
        Heap.settle();
        long start = System.nanoTime();
        Columns first = CachedColumns.resource(run);
        report(timed, "cacheResource.first", start);
        Columns hit = null;
        start = System.nanoTime();
        for (int i = 0; i < RESOURCE_HITS; i++) {
            hit = CachedColumns.resource(run);
        }
        if (timed) {
            ResultLines.report("cacheResource.hit", (System.nanoTime() - start) / 1e9 / RESOURCE_HITS);
        }
        verify(true, first == source && hit == source, "@CacheResource returns the same object");
        verify(true, Memoria.function(CachedColumns.class, "resource", int.class).stats().hits() > 0,
               "@CacheResource hit (is the agent there?)");
        Memoria.function(CachedColumns.class, "resource", int.class).clear();
    }

    private static void serializer(String name, ByteCopy copy, Columns source, boolean timed, boolean check)
            throws IOException {
        Heap.settle();
        long start = System.nanoTime();
        ChunkedBytes bytes = copy.serialize(source);
        report(timed, name + ".serialize", start);
        Heap.settle();
        start = System.nanoTime();
        Columns back = copy.deserialize(bytes);
        report(timed, name + ".deserialize", start);
        verify(check, back.sameValues(source), name);
    }

    private static void report(boolean timed, String name, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        if (timed) {
            ResultLines.report(name, seconds);
        }
    }

    private static void verify(boolean check, boolean ok, String what) {
        if (check && !ok) {
            throw new IllegalStateException("check failed: " + what);
        }
    }
}
