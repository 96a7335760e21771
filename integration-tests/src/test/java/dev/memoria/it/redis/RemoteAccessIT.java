package dev.memoria.it.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memoria.it.redis.SharedJvm.Answer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Reaching a store that asks who is calling: an ACL user and password, TLS with a certificate of the test's CA. */
class RemoteAccessIT {

    @RegisterExtension
    static final Redis redis = new Redis();

    @Test
    @DisplayName("an ACL user shares entries; a wrong password caches in memory, says so once, and prints no password")
    void aclUser() {
        RedisServer server = redis.withAcl();
        try (SharedJvm first = SharedJvm.start(server.url()); SharedJvm second = SharedJvm.start(server.url())) {
            assertThat(first.call("report 1")).isEqualTo(new Answer("report 1", true));
            assertThat(second.call("report 1")).isEqualTo(new Answer("report 1", false));
            assertThat(first.printed() + second.printed()).doesNotContain(Redis.ACL_PASSWORD);
        }

        String wrong = "Not-the-Pa55word-7f3e";
        try (SharedJvm refused = SharedJvm.start(server.urlWithPassword(wrong))) {
            // nothing shared: the body runs here, then this JVM's memory tier serves it
            assertThat(refused.call("report 1")).isEqualTo(new Answer("report 1", true));
            assertThat(refused.call("report 1")).isEqualTo(new Answer("report 1", false));
            assertThat(refused.call("report 2")).isEqualTo(new Answer("report 2", true));
            String address = "127.0.0.1:" + server.port();
            assertThat(refused.stderr().lines().filter(line -> line.contains(address)))
                    .as("one warning for the refused login, not one per call:%n%s", refused)
                    .singleElement().asString()
                    .contains("redis://memoria:***@" + address).containsIgnoringCase("password");
            assertThat(refused.printed()).doesNotContain(wrong).doesNotContain(Redis.ACL_PASSWORD);
        }
    }

    @Test
    @DisplayName("TLS: a JVM trusting the test CA through memoria.remote.trustStore and one through the JVM's trust"
            + " store share entries; a JVM trusting neither caches in memory and says why once")
    void tls() {
        RedisServer server = redis.withTls();
        Tls tls = redis.tls();
        String memoriaTrust = "-Dmemoria.remote.trustStore=" + tls.caCertificate();
        try (SharedJvm first = SharedJvm.start(server.url(), memoriaTrust);
             SharedJvm second = SharedJvm.start(server.url(), "-Djavax.net.ssl.trustStore=" + tls.trustStore(),
                     "-Djavax.net.ssl.trustStorePassword=" + tls.trustStorePassword())) {
            assertThat(first.call("report 1")).isEqualTo(new Answer("report 1", true));
            assertThat(second.call("report 1")).isEqualTo(new Answer("report 1", false));
            assertThat(second.call("report 2")).isEqualTo(new Answer("report 2", true));
            assertThat(first.call("report 2")).isEqualTo(new Answer("report 2", false));
        }

        try (SharedJvm untrusting = SharedJvm.start(server.url())) {
            assertThat(untrusting.call("report 1")).isEqualTo(new Answer("report 1", true));
            assertThat(untrusting.call("report 1")).isEqualTo(new Answer("report 1", false));
            assertThat(untrusting.stderr().lines().filter(line -> line.contains("127.0.0.1:" + server.port())))
                    .as("one warning naming the certificate problem:%n%s", untrusting)
                    .singleElement().asString().containsIgnoringCase("certificat");
        }
    }
}
