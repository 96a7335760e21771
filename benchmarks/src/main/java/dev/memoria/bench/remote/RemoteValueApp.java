package dev.memoria.bench.remote;

import dev.memoria.bench.fork.ResultLines;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Forked by {@link RemoteHitPart}, under the agent with {@code memoria.remote} set: {@code write <url> <case>...}
 * computes every value (so Memoria stores it) and SETs the same bytes under a raw key; {@code read <url> <case>...},
 * in a fresh JVM, reads each value once through Memoria (a memory-tier miss, so a remote hit) and once by a raw
 * Lettuce {@code GET}, alternating, and reports the seconds of each, and of an HMAC-SHA-256 over the bytes the
 * {@code GET} returned: the floor of any hit that authenticates every byte before handing it out, as the remote tier
 * must. A case is {@code size:count:warmup}.
 */
public final class RemoteValueApp {

    private RemoteValueApp() {
    }

    public static void main(String[] args) throws GeneralSecurityException {
        boolean write = args[0].equals("write");
        RedisClient client = RedisClient.create(args[1]);
        try (StatefulRedisConnection<byte[], byte[]> connection = client.connect(ByteArrayCodec.INSTANCE)) {
            connection.setTimeout(Duration.ofMinutes(1));
            RedisCommands<byte[], byte[]> raw = connection.sync();
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(new byte[32], "HmacSHA256"));
            for (int c = 2; c < args.length; c++) {
                String[] parts = args[c].split(":");
                int size = Integer.parseInt(parts[0]);
                int count = Integer.parseInt(parts[1]);
                int warmup = Integer.parseInt(parts[2]);
                for (int i = 0; i < count; i++) {
                    if (write) {
                        RemoteValue.bytes(size, i);
                        raw.set(rawKey(size, i), RemoteValue.contents(size, i));
                    } else {
                        read(raw, hmac, size, i, i >= warmup);
                    }
                }
            }
        } finally {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        }
    }

    private static void read(RedisCommands<byte[], byte[]> raw, Mac hmac, int size, int index, boolean measured) {
        RemoteValue.computed = false;
        long start = System.nanoTime();
        byte[] viaMemoria = RemoteValue.bytes(size, index);
        long memoria = System.nanoTime() - start;
        if (RemoteValue.computed) {
            throw new IllegalStateException("a fresh JVM should read the value from the store, not compute it");
        }
        start = System.nanoTime();
        byte[] viaGet = raw.get(rawKey(size, index));
        long get = System.nanoTime() - start;
        start = System.nanoTime();
        hmac.doFinal(viaGet);
        long authenticate = System.nanoTime() - start;
        RemoteValue.check(viaMemoria, size, index);
        RemoteValue.check(viaGet, size, index);
        if (measured) {
            ResultLines.report("memoria-" + size, memoria / 1e9);
            ResultLines.report("get-" + size, get / 1e9);
            ResultLines.report("hmac-" + size, authenticate / 1e9);
        }
    }

    private static byte[] rawKey(int size, int index) {
        return ("bench:raw:" + size + ":" + index).getBytes(StandardCharsets.UTF_8);
    }
}
