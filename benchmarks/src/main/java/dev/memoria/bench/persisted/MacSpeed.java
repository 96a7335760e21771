package dev.memoria.bench.persisted;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.*;
import java.security.MessageDigest;
import java.util.concurrent.*;

/**
 * How fast the MACs the JDK offers authenticate a large payload read from a memory-mapped file, against a bulk copy of
 * the same bytes into a {@code double[]} (docs/storage.md, "How the tag is computed"): {@code java -Dmib=256
 * -Drounds=3 -cp benchmarks/target/benchmarks.jar dev.memoria.bench.persisted.MacSpeed <file> copy hmac tree1 tree2
 * gmacChunked}. The file is created with {@code mib} MiB when it has another size. {@code tree2} is the scheme of an
 * entry's tag: SHA-256 leaf digests on two threads under one HMAC.
 */
public final class MacSpeed {
    static final int MIB = Integer.getInteger("mib", 256);

    private MacSpeed() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long size = (long) MIB << 20;
        if (!Files.exists(file) || Files.size(file) != size) {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer b = ByteBuffer.allocateDirect(1 << 20);
                for (long p = 0; p < size; p += b.capacity()) {
                    b.clear();
                    while (b.hasRemaining()) b.putLong(p + b.position());
                    b.flip();
                    while (b.hasRemaining()) ch.write(b);
                }
            }
        }
        ByteBuffer mapped;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            mapped = ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
        }
        byte[] key = new byte[32];
        ExecutorService pool = Executors.newFixedThreadPool(2);
        for (int round = 0; round < Integer.getInteger("rounds", 4); round++) {
            for (String what : java.util.Arrays.copyOfRange(args, 1, args.length)) {
                long start = System.nanoTime();
                switch (what) {
                    case "copy" -> {
                        double[] values = new double[(int) (size / 8)];
                        mapped.duplicate().order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(values);
                    }
                    case "hmac" -> {
                        Mac mac = Mac.getInstance("HmacSHA256");
                        mac.init(new SecretKeySpec(key, "HmacSHA256"));
                        mac.update(mapped.duplicate());
                        mac.doFinal();
                    }
                    case "hmacChunked" -> {
                        Mac mac = Mac.getInstance("HmacSHA256");
                        mac.init(new SecretKeySpec(key, "HmacSHA256"));
                        ByteBuffer d = mapped.duplicate();
                        byte[] chunk = new byte[64 * 1024];
                        while (d.hasRemaining()) {
                            int n = Math.min(chunk.length, d.remaining());
                            d.get(chunk, 0, n);
                            mac.update(chunk, 0, n);
                        }
                        mac.doFinal();
                    }
                    case "tree2" -> tree(mapped, pool, 2);
                    case "tree1" -> tree(mapped, pool, 1);
                    case "gmac" -> {
                        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
                        byte[] nonce = new byte[12]; // a measurement only: an entry would need a fresh random one
                        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(new byte[16], "AES"), new GCMParameterSpec(128, nonce));
                        ByteBuffer d = mapped.duplicate();
                        c.updateAAD(d);
                        c.doFinal(new byte[0]);
                    }
                    case "gmacChunked" -> {
                        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
                        byte[] nonce = new byte[12]; // a measurement only: an entry would need a fresh random one
                        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(new byte[16], "AES"), new GCMParameterSpec(128, nonce));
                        ByteBuffer d = mapped.duplicate();
                        byte[] chunk = new byte[1 << 20];
                        while (d.hasRemaining()) {
                            int n = Math.min(chunk.length, d.remaining());
                            d.get(chunk, 0, n);
                            c.updateAAD(chunk, 0, n);
                        }
                        c.doFinal(new byte[0]);
                    }
                    default -> throw new IllegalArgumentException(what);
                }
                double s = (System.nanoTime() - start) / 1e9;
                System.out.printf("%-12s %6.3f s  %6.2f GiB/s%n", what, s, MIB / 1024.0 / s);
            }
        }
        pool.shutdown();
    }

    static final int CHUNK = 4 << 20;

    static void tree(ByteBuffer mapped, ExecutorService pool, int threads) throws Exception {
        int chunks = (int) ((mapped.capacity() + CHUNK - 1) / CHUNK);
        byte[][] digests = new byte[chunks][];
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        Callable<Void> worker = () -> {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (int i; (i = next.getAndIncrement()) < chunks; ) {
                ByteBuffer slice = mapped.duplicate();
                slice.position(i * CHUNK).limit((int) Math.min(mapped.capacity(), (long) (i + 1) * CHUNK));
                sha.update(slice);
                digests[i] = sha.digest();
            }
            return null;
        };
        Future<Void> helper = threads > 1 ? pool.submit(worker) : null;
        worker.call();
        if (helper != null) helper.get();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(new byte[32], "HmacSHA256"));
        for (byte[] d : digests) mac.update(d);
        mac.doFinal();
    }
}
