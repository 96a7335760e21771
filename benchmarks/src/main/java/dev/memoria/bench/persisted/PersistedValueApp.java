package dev.memoria.bench.persisted;

import dev.memoria.bench.fork.ResultLines;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Forked by {@link PersistedHitPart}: {@code store|load <mib>} (under the agent, with a cache directory), or
 * {@code plainStore|plainLoad <mib> <file>}. The loads run in a fresh JVM and report {@code seconds}: from just before
 * the call (or the file's opening) until the value is a {@code double[]} on the heap.
 */
public final class PersistedValueApp {

    private PersistedValueApp() {
    }

    public static void main(String[] args) throws IOException {
        int mib = Integer.parseInt(args[1]);
        switch (args[0]) {
            case "store" -> {
                PersistedValue.value(mib);
                require(PersistedValue.computed, "the first call should compute");
            }
            case "load" -> {
                long start = System.nanoTime();
                double[] values = PersistedValue.value(mib);
                ResultLines.report("seconds", (System.nanoTime() - start) / 1e9);
                require(!PersistedValue.computed, "a fresh JVM should read the value back, not compute it");
                PersistedValue.check(values, mib);
            }
            case "plainStore" -> plainStore(PersistedValue.ramp(mib), Path.of(args[2]));
            case "plainLoad" -> {
                long start = System.nanoTime();
                double[] values = plainLoad(Path.of(args[2]));
                ResultLines.report("seconds", (System.nanoTime() - start) / 1e9);
                PersistedValue.check(values, mib);
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void plainStore(double[] values, Path file) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocateDirect(values.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asDoubleBuffer().put(values);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                                                    StandardOpenOption.TRUNCATE_EXISTING)) {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        }
    }

    /** The fastest plain read into a heap array: map the file and bulk-copy it. */
    private static double[] plainLoad(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size())
                    .order(ByteOrder.LITTLE_ENDIAN);
            double[] values = new double[(int) (channel.size() / Double.BYTES)];
            mapped.asDoubleBuffer().get(values);
            return values;
        }
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException(what);
        }
    }
}
