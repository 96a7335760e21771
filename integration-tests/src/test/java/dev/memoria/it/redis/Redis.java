package dev.memoria.it.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Real Redis servers for a test class, stopped after it (even when it fails):
 *
 * <pre>{@code
 * @RegisterExtension
 * static final Redis redis = new Redis();
 *
 * RedisServer plain = redis.standalone();      // redis://127.0.0.1:port
 * RedisServer acl = redis.withAcl();            // redis://memoria:password@127.0.0.1:port; urlWithPassword("wrong")
 * RedisServer tls = redis.withTls();            // rediss://127.0.0.1:port; redis.tls().trustStore()
 * RedisCluster cluster = redis.sharedCluster(); // redis-cluster://...: 3 masters + 3 replicas, one per test run
 * plain.kill(); plain.restart();                // kill -9, then back on the same port
 * cluster.restart(cluster.killMaster(0));       // kill -9 a master, wait for failover; rejoin as a replica
 * }</pre>
 *
 * A test may also use it in a try-with-resources block instead of registering it. Each server runs under a watchdog
 * that kills it when this JVM ends, however it ends (see {@link RedisServer}).
 */
public final class Redis implements BeforeAllCallback, AfterAllCallback, AutoCloseable {

    /** The ACL user of {@link #withAcl()}. */
    public static final String ACL_USER = "memoria";
    /** The ACL user's password; URL-safe, so it needs no escaping in a URL. */
    public static final String ACL_PASSWORD = "s3cret-Pa55word";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Redis.class);

    private final List<AutoCloseable> started = new ArrayList<>();
    private Path dir;
    private Tls tls;
    private ExtensionContext.Store runStore;

    @Override
    public void beforeAll(ExtensionContext context) {
        runStore = context.getRoot().getStore(NAMESPACE);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** A plain server, no password. */
    public synchronized RedisServer standalone() {
        return start("standalone", new RedisServer.Config(null, null, false));
    }

    /** A server whose default user is off: clients must log in as {@link #ACL_USER} / {@link #ACL_PASSWORD}. */
    public synchronized RedisServer withAcl() {
        return start("acl", new RedisServer.Config(null, new RedisServer.Acl(ACL_USER, ACL_PASSWORD), false));
    }

    /** A server that speaks TLS only, with the certificate of {@link #tls()}. */
    public synchronized RedisServer withTls() {
        return start("tls", new RedisServer.Config(tls(), null, false));
    }

    /** A server that speaks TLS only and requires the ACL user. */
    public synchronized RedisServer withTlsAndAcl() {
        return start("tls-acl", new RedisServer.Config(tls(), new RedisServer.Acl(ACL_USER, ACL_PASSWORD), false));
    }

    /** A new cluster of 3 masters and 3 replicas owned by this test class ({@code tls}: the nodes speak TLS only). */
    public synchronized RedisCluster cluster(boolean tls) {
        RedisCluster cluster = RedisCluster.start(newDir("cluster"), tls ? tls() : null);
        started.add(cluster);
        return cluster;
    }

    /**
     * The plain 3+3 cluster every test class of this JVM run shares (a cluster takes seconds to build), stopped
     * when the run ends. Dead nodes a previous test left are restarted first. Needs the extension registered.
     */
    public RedisCluster sharedCluster() {
        if (runStore == null) {
            throw new IllegalStateException("sharedCluster() needs Redis registered with @RegisterExtension on a"
                    + " static field");
        }
        SharedCluster shared = runStore.getOrComputeIfAbsent(SharedCluster.class, key -> new SharedCluster(),
                SharedCluster.class);
        shared.cluster.heal();
        return shared.cluster;
    }

    /** The CA and server certificate the TLS servers use, and the client's trust store; generated once. */
    public synchronized Tls tls() {
        if (tls == null) {
            tls = Tls.generate(newDir("tls"));
        }
        return tls;
    }

    /** Stops every server this instance started and deletes their directories. */
    @Override
    public synchronized void close() {
        for (AutoCloseable resource : started) {
            try {
                resource.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        started.clear();
        if (dir != null) {
            deleteTree(dir);
            dir = null;
            tls = null;
        }
    }

    private RedisServer start(String name, RedisServer.Config config) {
        RedisServer server = RedisServer.start(newDir(name), config);
        started.add(server);
        return server;
    }

    private Path newDir(String name) {
        try {
            if (dir == null) {
                dir = Files.createTempDirectory("memoria-redis");
            }
            return Files.createTempDirectory(dir, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The run-wide cluster, closed by JUnit when the run's root context closes. */
    private static final class SharedCluster implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private final Redis owner = new Redis();
        private final RedisCluster cluster = owner.cluster(false);

        @Override
        public void close() {
            owner.close();
        }
    }
}
