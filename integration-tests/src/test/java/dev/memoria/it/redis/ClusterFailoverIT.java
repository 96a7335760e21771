package dev.memoria.it.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.memoria.it.redis.SharedJvm.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** JVMs sharing a 3-master, 3-replica Redis Cluster when the master holding their entries dies. */
class ClusterFailoverIT {

    @RegisterExtension
    static final Redis redis = new Redis();

    @Test
    @DisplayName("a master killed mid-run: calls keep answering right, a replica takes over, sharing resumes")
    void masterKilledMidRun() throws Exception {
        RedisCluster cluster = redis.sharedCluster();
        try (SharedJvm first = SharedJvm.start(cluster.url()); SharedJvm second = SharedJvm.start(cluster.url())) {
            assertThat(first.call("report 1")).isEqualTo(new Answer("report 1", true));
            assertThat(second.call("report 1")).isEqualTo(new Answer("report 1", false));

            // the master holding the method's entries (one version's keys share a slot), killed while calls run
            RedisServer master = cluster.masterHolding("memoria:1:{*}:e:*");
            AtomicBoolean stop = new AtomicBoolean();
            List<String> wrong = new ArrayList<>();
            CompletableFuture<Integer> calls = CompletableFuture.supplyAsync(() -> {
                int n = 100;
                while (!stop.get()) {
                    String value = first.call("report " + n).value();
                    if (!value.equals("report " + n)) {
                        wrong.add("report " + n + " -> " + value);
                    }
                    n++;
                }
                return n - 100;
            });
            cluster.killMaster(master);
            stop.set(true);
            assertThat(calls.get()).as("calls answered while the master died").isPositive();
            assertThat(wrong).as("values served during the failover").isEmpty();
            assertThat(second.call("report 1")).isEqualTo(new Answer("report 1", false));

            // once the clients see the new master, an entry one JVM computes is a hit in the other again
            boolean shared = false;
            for (int n = 1000; n < 1060 && !shared; n++) {
                assertThat(first.call("report " + n).value()).isEqualTo("report " + n);
                Answer other = second.call("report " + n);
                assertThat(other.value()).isEqualTo("report " + n);
                shared = !other.ran();
                if (!shared) {
                    RedisServer.sleep(500);
                }
            }
            assertThat(shared).as("sharing resumed after the failover:%n%s%n%s", first, second).isTrue();
        }
    }
}
