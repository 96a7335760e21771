package dev.memoria.internal.store.remote;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RemoteAddressTest {

    @Test
    void standaloneWithUserPasswordAndDatabase() {
        RemoteAddress address = RemoteAddress.parse("redis://app:p%40ss@cache.local:6380/3");

        assertThat(address.tls()).isFalse();
        assertThat(address.cluster()).isFalse();
        assertThat(address.hosts()).containsExactly(new RemoteAddress.HostPort("cache.local", 6380));
        assertThat(address.user()).isEqualTo("app");
        assertThat(address.password()).containsExactly("p@ss".toCharArray());
        assertThat(address.database()).isEqualTo(3);
    }

    @Test
    void tlsClusterWithSeveralSeedsAndAPasswordOnly() {
        RemoteAddress address = RemoteAddress.parse("rediss-cluster://:secret@10.0.0.1:7000,10.0.0.2:7001,[::1]:7002");

        assertThat(address.tls()).isTrue();
        assertThat(address.cluster()).isTrue();
        assertThat(address.hosts()).containsExactly(new RemoteAddress.HostPort("10.0.0.1", 7000),
                new RemoteAddress.HostPort("10.0.0.2", 7001), new RemoteAddress.HostPort("::1", 7002));
        assertThat(address.user()).isNull();
        assertThat(address.password()).containsExactly("secret".toCharArray());
    }

    @Test
    void aMissingPortIsRedisDefault() {
        assertThat(RemoteAddress.parse("rediss://cache").hosts())
                .containsExactly(new RemoteAddress.HostPort("cache", 6379));
        assertThat(RemoteAddress.parse("redis-cluster://a:1").toString()).isEqualTo("redis-cluster://a:1");
    }

    @Test
    void thePasswordNeverShows() {
        RemoteAddress address = RemoteAddress.parse("redis://app:hunter2hunter2@cache:6379/1");

        assertThat(address.toString()).isEqualTo("redis://app:***@cache:6379/1");
        for (String bad : List.of("redis://app:hunter2hunter2@cache:0",
                "redis://app:hunter2hunter2@a:1,b:2", "redis-cluster://app:hunter2hunter2@a:1/2",
                "memcached://app:hunter2hunter2@a:1", "redis://app:hunter2hunter2@cache:1/x")) {
            assertThatThrownBy(() -> RemoteAddress.parse(bad)).as(bad)
                    .hasMessageContaining("memoria.remote")
                    .hasMessageContaining("redis://[user:password@]host:port[/db]")
                    .hasMessageNotContaining("hunter2");
        }
    }

    @Test
    void errorsSayWhatIsWrong() {
        assertThatThrownBy(() -> RemoteAddress.parse("redis://a:1,b:2"))
                .hasMessageContaining("only a cluster address may");
        assertThatThrownBy(() -> RemoteAddress.parse("redis-cluster://a:1/2"))
                .hasMessageContaining("a Redis Cluster has no numbered databases");
        assertThatThrownBy(() -> RemoteAddress.parse("memcached://a:1"))
                .hasMessageContaining("the scheme \"memcached\" is not one Memoria knows");
        assertThatThrownBy(() -> RemoteAddress.parse("a:1")).hasMessageContaining("it has no scheme");
    }
}
