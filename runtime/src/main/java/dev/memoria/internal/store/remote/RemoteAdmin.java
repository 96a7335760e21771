package dev.memoria.internal.store.remote;

import dev.memoria.internal.Settings;
import dev.memoria.internal.report.Messages;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScoredValue;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The shared store as the cache directory tool sees it ({@code list}, {@code stats}, {@code clear} with
 * {@code --remote}): the method versions written there, what each holds, and clearing them in the store and in every
 * connected JVM's memory tier. Unlike {@link RemoteTier}, a failure is an error here: a
 * {@link RemoteUnavailableException} whose message names the address without its password.
 */
public final class RemoteAdmin implements AutoCloseable {

    /**
     * One method version in the store.
     *
     * @param signature   owner, name and descriptor of the method
     * @param fingerprint its code fingerprint
     * @param method      the method as people read it
     * @param entries     its entries in the store
     * @param bytes       their stored bytes
     * @param oldestWrite when the oldest entry was written, or null when there is none
     * @param newestWrite when the newest entry was written, or null when there is none
     */
    public record Version(String tag, String signature, String fingerprint, String method, long entries, long bytes,
                          Instant oldestWrite, Instant newestWrite) {
    }

    private final RemoteAddress address;
    private final ClientResources resources;
    private final AbstractRedisClient client;
    private final StatefulConnection<byte[], byte[]> connection;
    private final RedisClusterCommands<byte[], byte[]> sync;

    private RemoteAdmin(RemoteAddress address, ClientResources resources, AbstractRedisClient client) {
        this.address = address;
        this.resources = resources;
        this.client = client;
        if (client instanceof RedisClusterClient cluster) {
            StatefulRedisClusterConnection<byte[], byte[]> opened = cluster.connect(ByteArrayCodec.INSTANCE);
            connection = opened;
            sync = opened.sync();
        } else {
            StatefulRedisConnection<byte[], byte[]> opened = ((RedisClient) client).connect(ByteArrayCodec.INSTANCE);
            connection = opened;
            sync = opened.sync();
        }
    }

    /**
     * Connects to the store at {@code url} (the syntax of {@code memoria.remote}), trusting for TLS what an
     * application would ({@code memoria.remote.trustStore}, else the JVM's trust store).
     *
     * @throws RemoteUnavailableException when the URL cannot be used or the store cannot be reached, with the cause
     *                                     and the password masked
     */
    public static RemoteAdmin connect(String url) {
        RemoteAddress address;
        try {
            address = RemoteAddress.parse(url);
        } catch (IllegalArgumentException e) {
            throw new RemoteUnavailableException(e.getMessage());
        }
        QuietLogging.install();
        ClientResources resources = DefaultClientResources.create();
        AbstractRedisClient client = RemoteTier.client(address,
                Settings.remoteTrustStore().map(Path::toString).orElse(null), resources);
        try {
            return new RemoteAdmin(address, resources, client);
        } catch (RuntimeException e) {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
            resources.shutdown();
            throw failure(address, e);
        }
    }

    /** The address as messages show it: without the password. */
    public String address() {
        return address.toString();
    }

    /** Every method version written to the store, by method, then oldest write first. */
    public List<Version> versions() {
        return run(commands -> {
            List<Version> versions = new ArrayList<>();
            for (Map.Entry<byte[], byte[]> row : commands.hgetall(bytes(RemoteStore.VERSIONS)).entrySet()) {
                String tag = text(row.getKey());
                String[] fields = text(row.getValue()).split("\t", 3);
                if (fields.length == 3) {
                    versions.add(version(commands, tag, fields));
                }
            }
            versions.sort(Comparator.comparing(Version::method)
                    .thenComparing(Version::oldestWrite, Comparator.nullsLast(Comparator.naturalOrder())));
            return versions;
        });
    }

    /**
     * Drops the entries of {@code version} from the store and tells every connected JVM to drop them from its memory
     * tier, as {@code clear()} does in code; returns how many entries there were.
     */
    public long clear(Version version) {
        return run(commands -> {
            String prefix = RemoteStore.prefix(version.tag());
            long entries = commands.zcard(bytes(prefix + "i"));
            RemoteKeys.deleteMatching(commands, prefix + "*");
            commands.publish(bytes(RemoteTier.CHANNEL), bytes(version.tag()));
            return entries;
        });
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        resources.shutdown();
    }

    private static Version version(RedisClusterCommands<byte[], byte[]> commands, String tag, String[] fields) {
        String prefix = RemoteStore.prefix(tag);
        byte[] index = bytes(prefix + "i");
        long bytes = 0;
        for (byte[] size : commands.hvals(bytes(prefix + "s"))) {
            try {
                bytes += Long.parseLong(text(size));
            } catch (NumberFormatException e) {
                // bookkeeping someone else wrote: it counts nothing
            }
        }
        return new Version(tag, fields[0], fields[1], fields[2], commands.zcard(index), bytes,
                written(commands.zrangeWithScores(index, 0, 0)), written(commands.zrangeWithScores(index, -1, -1)));
    }

    private static Instant written(List<ScoredValue<byte[]>> members) {
        return members.isEmpty() ? null : Instant.ofEpochMilli((long) members.get(0).getScore());
    }

    private <T> T run(Function<RedisClusterCommands<byte[], byte[]>, T> work) {
        try {
            return work.apply(sync);
        } catch (RuntimeException e) {
            throw failure(address, e);
        }
    }

    private static RemoteUnavailableException failure(RemoteAddress address, RuntimeException e) {
        return new RemoteUnavailableException(Messages.remoteUnusable(address.toString(), RemoteTier.describe(e)));
    }

    private static byte[] bytes(String text) {
        return RemoteTier.bytes(text);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
