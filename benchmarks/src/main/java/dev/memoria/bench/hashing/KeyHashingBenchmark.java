package dev.memoria.bench.hashing;

import dev.memoria.internal.key.HasherTable;
import dev.memoria.internal.key.Key;
import dev.memoria.internal.key.KeyMaker;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The bandwidth of hashing one large primitive-array argument: Memoria's key builder on a {@code double[]} (the whole
 * array, as a cached method's key needs), {@code System.arraycopy} of the same bytes (the copy bandwidth the goal is
 * relative to), and MD5 over a {@code byte[]} of the same length (Streamlit's hash, given its easiest input).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class KeyHashingBenchmark {

    @Param({"1", "16", "256", "1024"})
    public int mib;

    private double[] values;
    private double[] copyTarget;
    private byte[] bytes;
    private KeyMaker keys;
    private MessageDigest md5;

    /** Allocates only what the running benchmark uses, so 1 GiB runs fit one heap. */
    @Setup
    public void allocate(BenchmarkParams params) throws NoSuchAlgorithmException {
        int doubles = mib * (1 << 20) / Double.BYTES;
        String benchmark = params.getBenchmark();
        if (benchmark.endsWith("md5")) {
            bytes = new byte[mib << 20];
            Arrays.fill(bytes, (byte) 7);
            md5 = MessageDigest.getInstance("MD5");
            return;
        }
        values = new double[doubles];
        Arrays.setAll(values, i -> i * 0.5);
        if (benchmark.endsWith("arraycopy")) {
            copyTarget = new double[doubles];
        } else {
            keys = new KeyMaker("Bench.hash(double[])", List.of("values"), new boolean[]{true}, false,
                                HasherTable.EMPTY);
        }
    }

    @Benchmark
    public Key keyBuilder() {
        return keys.keyOf(null, new Object[]{values});
    }

    @Benchmark
    public double[] arraycopy() {
        System.arraycopy(values, 0, copyTarget, 0, values.length);
        return copyTarget;
    }

    @Benchmark
    public byte[] md5() {
        md5.update(bytes);
        return md5.digest();
    }
}
