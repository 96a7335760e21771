package dev.memoria.internal.store.remote;

import dev.memoria.internal.report.Messages;
import dev.memoria.internal.report.Reporter;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.SslOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.lettuce.core.cluster.models.partitions.RedisClusterNode;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * This JVM's connection to the shared store: one Lettuce client, one command connection and one subscription to the
 * invalidation channel, shared by every {@code persist = REMOTE} method; owned by the engine's store factory and
 * opened by the first such method. It also keeps the faults in one place: a command that fails or takes longer than
 * {@link #COMMAND_TIMEOUT} starts an outage (one warning), during which calls skip the store for
 * {@link #RETRY_AFTER} at a time instead of waiting on it; the first command that succeeds again ends it. Lettuce
 * reconnects by itself; a store that was down when this JVM started is connected to again in the background.
 */
public final class RemoteTier {

    /** The longest any one command, and so any call, waits on a store that stopped answering. */
    static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(1);
    /**
     * The longest the first REMOTE call of a JVM waits for the connection (TCP, TLS, AUTH): once per JVM, and
     * generous because a cold JVM loads the client's classes meanwhile.
     */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** How long calls skip the store after it failed, before one tries again. */
    static final long RETRY_AFTER = TimeUnit.SECONDS.toNanos(1);
    static final String CHANNEL = "memoria:1:clear";

    private final RemoteAddress address;
    private final byte[] secret;
    private final ClientResources resources;
    private final AbstractRedisClient client;
    private final ScheduledExecutorService background;
    /** Invalidation listeners by version tag. */
    private final Map<String, List<Runnable>> listeners = new ConcurrentHashMap<>();
    private final AtomicInteger outages = new AtomicInteger();
    private final Reporter reporter;
    private volatile boolean down;
    private volatile long retryAtNanos;
    private volatile StatefulConnection<byte[], byte[]> connection;
    private volatile RedisClusterCommands<byte[], byte[]> commands;
    private volatile RedisClusterAsyncCommands<byte[], byte[]> asyncCommands;
    private volatile StatefulRedisPubSubConnection<byte[], byte[]> subscription;
    /** The background attempts to connect to a store that was down when this JVM started; ended once connected. */
    private volatile ScheduledFuture<?> reconnecting;

    private RemoteTier(RemoteAddress address, byte[] secret, String trustStore, Reporter reporter) {
        QuietLogging.install();
        this.address = address;
        this.reporter = reporter;
        this.secret = secret;
        this.background = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "memoria-remote");
            thread.setDaemon(true);
            return thread;
        });
        // reconnect attempts back off to one a second at most, so a restarted store is found again within a second
        this.resources = DefaultClientResources.builder()
                .reconnectDelay(Delay.exponential(Duration.ofMillis(10), Duration.ofSeconds(1), 2,
                        TimeUnit.MILLISECONDS))
                .build();
        this.client = client(address, trustStore, resources);
    }

    /**
     * Starts the tier and tries to connect, waiting at most the connect timeout: a store that is down makes this JVM
     * cache in memory, warned once, until a background attempt reaches it.
     *
     * @param trustStore a PEM file of the certificates to trust for TLS, or {@code null} for the JVM's trust store
     * @param reporter   the engine's, told of outages and of the store coming back
     */
    public static RemoteTier open(RemoteAddress address, byte[] secret, String trustStore, Reporter reporter) {
        RemoteTier tier = new RemoteTier(address, secret, trustStore, reporter);
        if (!tier.connect()) {
            tier.reconnecting = tier.background.scheduleWithFixedDelay(tier::reconnectIfNeeded, 1, 1,
                    TimeUnit.SECONDS);
        }
        return tier;
    }

    /** The secret that authenticates entries. */
    byte[] secret() {
        return secret;
    }

    ScheduledExecutorService background() {
        return background;
    }

    /** Registers what to clear when any JVM clears the version tagged {@code tag}. */
    void onCleared(String tag, Runnable listener) {
        listeners.computeIfAbsent(tag, t -> new CopyOnWriteArrayList<>()).add(listener);
    }

    /**
     * Runs {@code work} on the store, or returns {@code fallback} at once when the store is down or the work fails;
     * a failure starts an outage.
     */
    <T> T call(Function<RedisClusterCommands<byte[], byte[]>, T> work, T fallback) {
        return attempt(commands, work, fallback);
    }

    /**
     * Runs {@code work} on the store's asynchronous commands, which it sends several at a time and awaits (within
     * {@link #COMMAND_TIMEOUT} each); faults as in {@link #call}.
     */
    <T> T pipelined(Function<RedisClusterAsyncCommands<byte[], byte[]>, T> work, T fallback) {
        return attempt(asyncCommands, work, fallback);
    }

    private <C, T> T attempt(C commands, Function<C, T> work, T fallback) {
        if (commands == null || down && System.nanoTime() < retryAtNanos) {
            return fallback;
        }
        try {
            T result = work.apply(commands);
            if (down) {
                down = false;
                reporter.once("remote back " + outages.get(), Messages.remoteBack(address.toString()));
            }
            return result;
        } catch (RuntimeException e) {
            failed(e);
            return fallback;
        }
    }

    /** Whether the store answered the last command. */
    boolean up() {
        return commands != null && !down;
    }

    /** Publishes an invalidation, which every connected JVM (this one too) applies to its memory tiers. */
    void publish(String message) {
        call(sync -> sync.publish(bytes(CHANNEL), bytes(message)), 0L);
    }

    private void failed(RuntimeException e) {
        retryAtNanos = System.nanoTime() + RETRY_AFTER;
        if (!down) {
            down = true;
            int outage = outages.incrementAndGet();
            reporter.once("remote outage " + outage, Messages.remoteOutage(address.toString(), describe(e)));
        }
    }

    /** A failure as messages show it: its class and message, which Lettuce never fills with the password. */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + ": " + root.getMessage();
        if (text.contains("WRONGPASS") || text.contains("NOAUTH") || text.contains("NOPERM")) {
            text += Messages.checkCredentials();
        }
        return text;
    }

    private synchronized boolean connect() {
        if (commands != null) {
            return true;
        }
        try {
            if (client instanceof RedisClusterClient cluster) {
                StatefulRedisClusterConnection<byte[], byte[]> opened = cluster.connect(ByteArrayCodec.INSTANCE);
                // Lettuce opens a node's connection on its first command, and rejects that command while the
                // connection is still being made: open them all now, or each master's first command fails
                for (RedisClusterNode node : opened.getPartitions()) {
                    if (node.is(RedisClusterNode.NodeFlag.UPSTREAM)) {
                        opened.getConnection(node.getUri().getHost(), node.getUri().getPort());
                    }
                }
                connection = opened;
                subscription = cluster.connectPubSub(ByteArrayCodec.INSTANCE);
                asyncCommands = opened.async();
                commands = opened.sync();
            } else {
                RedisClient single = (RedisClient) client;
                StatefulRedisConnection<byte[], byte[]> opened = single.connect(ByteArrayCodec.INSTANCE);
                connection = opened;
                subscription = single.connectPubSub(ByteArrayCodec.INSTANCE);
                asyncCommands = opened.async();
                commands = opened.sync();
            }
            subscription.addListener(new RedisPubSubAdapter<>() {
                @Override
                public void message(byte[] channel, byte[] message) {
                    invalidated(new String(message, StandardCharsets.UTF_8));
                }
            });
            subscription.sync().subscribe(bytes(CHANNEL));
            down = false;
            return true;
        } catch (RuntimeException e) {
            closeQuietly();
            failed(e);
            return false;
        }
    }

    private void reconnectIfNeeded() {
        if (connect()) {
            reporter.once("remote back " + outages.get(), Messages.remoteBack(address.toString()));
            reconnecting.cancel(false);
        }
    }

    private void invalidated(String message) {
        if (message.equals("*")) {
            listeners.values().forEach(all -> all.forEach(Runnable::run));
            return;
        }
        int colon = message.indexOf(':');
        String tag = colon < 0 ? message : message.substring(0, colon);
        listeners.getOrDefault(tag, List.of()).forEach(Runnable::run);
    }

    private void closeQuietly() {
        for (StatefulConnection<?, ?> open : new StatefulConnection<?, ?>[] {subscription, connection}) {
            if (open != null) {
                try {
                    open.close();
                } catch (RuntimeException ignored) {
                    // a connection that never opened fully
                }
            }
        }
        subscription = null;
        connection = null;
        commands = null;
        asyncCommands = null;
    }

    /** A Lettuce client for {@code address}, with this tier's timeouts and TLS trust; it connects on demand. */
    static AbstractRedisClient client(RemoteAddress address, String trustStore, ClientResources resources) {
        return address.cluster() ? clusterClient(address, trustStore, resources)
                                 : standaloneClient(address, trustStore, resources);
    }

    private static RedisClient standaloneClient(RemoteAddress address, String trustStore, ClientResources resources) {
        RedisClient client = RedisClient.create(resources, uri(address, address.hosts().get(0)));
        client.setOptions(ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .autoReconnect(true)
                .socketOptions(SocketOptions.builder().connectTimeout(CONNECT_TIMEOUT).build())
                .timeoutOptions(TimeoutOptions.enabled(COMMAND_TIMEOUT))
                .sslOptions(sslOptions(trustStore))
                .build());
        return client;
    }

    private static RedisClusterClient clusterClient(RemoteAddress address, String trustStore,
                                                    ClientResources resources) {
        RedisClusterClient client = RedisClusterClient.create(resources, address.hosts().stream()
                .map(host -> uri(address, host)).toList());
        client.setOptions(ClusterClientOptions.builder()
                // a cluster opens its node connections when a slot's first command needs one: commands wait for
                // that (at most COMMAND_TIMEOUT) rather than being rejected while it connects
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.ACCEPT_COMMANDS)
                .autoReconnect(true)
                .socketOptions(SocketOptions.builder().connectTimeout(CONNECT_TIMEOUT).build())
                .timeoutOptions(TimeoutOptions.enabled(COMMAND_TIMEOUT))
                .sslOptions(sslOptions(trustStore))
                .topologyRefreshOptions(ClusterTopologyRefreshOptions.builder()
                        .enablePeriodicRefresh(Duration.ofSeconds(5))
                        .enableAllAdaptiveRefreshTriggers()
                        .build())
                .build());
        return client;
    }

    private static RedisURI uri(RemoteAddress address, RemoteAddress.HostPort host) {
        RedisURI.Builder uri = RedisURI.Builder.redis(host.host(), host.port())
                .withSsl(address.tls())
                .withTimeout(CONNECT_TIMEOUT); // the handshake's; commands have TimeoutOptions' COMMAND_TIMEOUT
        if (address.password() != null) {
            uri = address.user() != null ? uri.withAuthentication(address.user(), address.password())
                                         : uri.withPassword(address.password());
        }
        if (!address.cluster()) {
            uri = uri.withDatabase(address.database());
        }
        return uri.build();
    }

    private static SslOptions sslOptions(String trustStore) {
        SslOptions.Builder ssl = SslOptions.builder().jdkSslProvider();
        if (trustStore != null) {
            ssl.trustManager(new File(trustStore));
        }
        return ssl.build();
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
