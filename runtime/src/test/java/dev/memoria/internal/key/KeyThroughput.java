package dev.memoria.internal.key;

import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Measures key building by hand; timings do not belong in unit tests. After {@code mvn -pl runtime test-compile}:
 * <pre>
 * java -cp runtime/target/classes:runtime/target/test-classes dev.memoria.internal.key.KeyThroughput
 * </pre>
 * Prints the throughput of one 256 MiB {@code double[]} hashed as a single stream and as a tree of leaf digests (what
 * {@link KeyMaker} does for it), and the cost of keys of a few small arguments.
 */
final class KeyThroughput {

    private static final int ROUNDS = 5;
    private static final double MIB = 1 << 20;

    /** Keeps each result reachable, so the JIT cannot drop the work that made it. */
    private static volatile Object lastResult;

    record Point(int x, int y) {
    }

    public static void main(String[] args) {
        double[] data = new Random(42).doubles((256 << 20) / Double.BYTES).toArray();
        KeyMaker oneArray = Keys.maker(HasherTable.EMPTY, 1);
        System.out.printf("256 MiB double[] on %d cores%n", Runtime.getRuntime().availableProcessors());
        for (int round = 1; round <= ROUNDS; round++) {
            double single = mibPerSecond(data, () -> singleStream(data));
            double tree = mibPerSecond(data, () -> tree(data));
            double key = mibPerSecond(data, () -> oneArray.keyOf(null, new Object[] {data}));
            System.out.printf("round %d: single stream %.0f MiB/s, tree %.0f MiB/s, keyOf %.0f MiB/s%n",
                    round, single, tree, key);
        }

        KeyMaker twoScalars = Keys.maker(HasherTable.EMPTY, 2);
        KeyMaker threeStructures = Keys.maker(HasherTable.EMPTY, 3);
        Object[] structures = {new Point(1, 2), Map.of("a", 1, "b", 2), new int[] {1, 2, 3}};
        for (int round = 1; round <= ROUNDS; round++) {
            double scalars = nanosPerKey(i -> twoScalars.keyOf(null, new Object[] {"report", i}));
            double nested = nanosPerKey(i -> threeStructures.keyOf(null, structures));
            System.out.printf("round %d: (String, int) %.0f ns/key; (record, 2-entry map, int[3]) %.0f ns/key%n",
                    round, scalars, nested);
        }
    }

    private static byte[] singleStream(double[] data) {
        DigestSink sink = new DigestSink();
        sink.elements(PrimitiveArrayRule.DOUBLE, data, 0, data.length);
        return sink.digest();
    }

    private static byte[] tree(double[] data) {
        DigestSink sink = new DigestSink();
        for (byte[] leaf : ArrayTree.leafDigests(PrimitiveArrayRule.DOUBLE, data, data.length)) {
            sink.raw(leaf);
        }
        return sink.digest();
    }

    private static double mibPerSecond(double[] data, Supplier<Object> hash) {
        long start = System.nanoTime();
        lastResult = hash.get();
        return data.length * (double) Double.BYTES / MIB / ((System.nanoTime() - start) / 1e9);
    }

    private static double nanosPerKey(IntFunction<Key> key) {
        int keys = 1_000_000;
        long start = System.nanoTime();
        for (int i = 0; i < keys; i++) {
            lastResult = key.apply(i);
        }
        return (System.nanoTime() - start) / (double) keys;
    }
}
