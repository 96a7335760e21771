package dev.memoria.it.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SslOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Redis test servers themselves, checked with a raw Lettuce client: the other Redis tests stand on them. */
class RedisFixtureIT {

    @RegisterExtension
    static final Redis redis = new Redis();

    @Test
    @DisplayName("a standalone server serves; killed, it refuses; restarted, it serves again on the same port, empty")
    void standaloneKillAndRestart() {
        RedisServer server = redis.standalone();
        String url = server.url();
        assertThat(url).isEqualTo("redis://127.0.0.1:" + server.port());
        withConnection(url, null, redis -> redis.sync().set("k", "v"));
        assertThat(server.url(3)).endsWith(":" + server.port() + "/3");

        server.kill();
        assertThat(server.isAlive()).isFalse();
        assertThatThrownBy(() -> withConnection(url, null, redis -> redis.sync().ping()))
                .hasMessageContaining("Unable to connect");

        server.restart();
        assertThat(server.url()).isEqualTo(url);
        withConnection(url, null, redis -> assertThat(redis.sync().get("k")).isNull());
    }

    @Test
    @DisplayName("an ACL server admits its user, refuses a wrong password and a client with no credentials")
    void acl() {
        RedisServer server = redis.withAcl();
        assertThat(server.url()).isEqualTo("redis://memoria:" + Redis.ACL_PASSWORD + "@127.0.0.1:" + server.port());
        withConnection(server.url(), null, redis -> assertThat(redis.sync().aclWhoami()).isEqualTo(Redis.ACL_USER));
        assertThatThrownBy(() -> withConnection(server.urlWithPassword("wrong"), null, redis -> redis.sync().ping()))
                .isInstanceOf(RedisException.class);
        // the server's own record: the attempt was refused for its password ("auth"), not for anything else
        assertThat(server.cli("acl", "log")).contains("auth").contains(Redis.ACL_USER);
        assertThatThrownBy(() -> withConnection(server.urlWithoutCredentials(), null, redis -> redis.sync().ping()))
                .hasStackTraceContaining("NOAUTH");
    }

    @Test
    @DisplayName("a TLS server serves a client that trusts the generated CA, and no client that does not")
    void tls() {
        RedisServer server = redis.withTls();
        assertThat(server.url()).isEqualTo("rediss://127.0.0.1:" + server.port());
        Tls tls = redis.tls();
        withConnection(server.url(), tls, redis -> assertThat(redis.sync().ping()).isEqualTo("PONG"));
        // the JVM's own trust store does not know the test CA
        assertThatThrownBy(() -> withConnection(server.url(), null, redis -> redis.sync().ping()))
                .hasStackTraceContaining("PKIX");
        assertThat(server.cli("ping")).contains("PONG");
    }

    @Test
    @DisplayName("a 3+3 cluster serves every slot; with a master killed a replica takes over; restarted, it rejoins")
    void clusterFailover() {
        RedisCluster cluster = redis.sharedCluster();
        assertThat(cluster.url()).startsWith("redis-cluster://127.0.0.1:");
        assertThat(cluster.url().substring("redis-cluster://".length()).split(",")).hasSize(6);
        assertThat(cluster.masters()).hasSize(3);
        List<String> keys = Arrays.asList("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
        withCluster(cluster, redis -> keys.forEach(key -> redis.sync().set(key, key)));

        RedisServer killed = cluster.killMaster(0);
        assertThat(killed.isAlive()).isFalse();
        assertThat(cluster.masters()).hasSize(3).doesNotContain(killed);
        withCluster(cluster, redis -> keys.forEach(key -> redis.sync().set(key, key + "2")));

        cluster.restart(killed);
        assertThat(killed.cli("info", "replication")).contains("role:slave");
        withCluster(cluster, redis -> keys.forEach(key -> assertThat(redis.sync().get(key)).isEqualTo(key + "2")));
    }

    private static void withConnection(String url, Tls tls, Consumer<StatefulRedisConnection<String, String>> use) {
        RedisClient client = RedisClient.create(RedisURI.create(url));
        client.setOptions(options(tls));
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            connection.setTimeout(Duration.ofSeconds(10));
            use.accept(connection);
        } finally {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        }
    }

    private static void withCluster(RedisCluster cluster,
                                    Consumer<StatefulRedisClusterConnection<String, String>> use) {
        List<RedisURI> seeds = cluster.nodes().stream().filter(RedisServer::isAlive)
                .map(node -> RedisURI.create("redis://" + node.address())).toList();
        RedisClusterClient client = RedisClusterClient.create(seeds);
        try (StatefulRedisClusterConnection<String, String> connection = client.connect()) {
            connection.setTimeout(Duration.ofSeconds(10));
            use.accept(connection);
        } finally {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        }
    }

    private static ClientOptions options(Tls tls) {
        ClientOptions.Builder options = ClientOptions.builder();
        if (tls != null) {
            options.sslOptions(SslOptions.builder().jdkSslProvider()
                    .truststore(tls.trustStore().toFile(), tls.trustStorePassword()).build());
        }
        return options.build();
    }
}
