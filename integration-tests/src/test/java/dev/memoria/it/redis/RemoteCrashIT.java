package dev.memoria.it.redis;

import dev.memoria.it.redis.SharedJvm.Answer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JVMs that die with {@code kill -9} while they hold a key's lease or write a value to Redis, and a Redis that stops
 * answering (SIGSTOP) under an asynchronous method: what the other JVMs see, and how long they wait. The bounds
 * asserted are docs/remote.md's, with generous slack for a loaded machine: they tell a bound from none, not a fast
 * run from a slow one.
 */
@DisplayName("The shared tier when JVMs die mid-computation or mid-write, and when Redis stops answering")
class RemoteCrashIT {

    /** docs/remote.md: a lease whose holder died expires after 10 s, and a waiter takes it over. */
    private static final long LEASE_SECONDS = 10;
    /** docs/remote.md: an asynchronous REMOTE call returns its future within one command timeout (1 s). */
    private static final long ASYNC_BOUND_MILLIS = 1_000;
    /** What a loaded two-core machine may add to a bound. */
    private static final long SLACK_SECONDS = 15;

    /** Room for a 512 MiB value, its serialized copy, the memory tier's share and the chunks in flight. */
    private static final String HEAP = "-Xmx3g";

    @RegisterExtension
    static final Redis redis = new Redis();

    @TempDir
    Path temp;

    @Test
    @DisplayName("A JVM killed while its body runs: a waiting JVM takes the lease over once it expires, computes once,"
                 + " and the third JVM reads that value")
    void leaseOfAKilledOwnerIsTakenOver() throws IOException {
        RedisServer server = redis.standalone();
        Path runs = temp.resolve("runs.txt");
        try (SharedJvm owner = SharedJvm.start(server.url(), "-Druns=" + runs, "-DholdMillis=600000");
             SharedJvm second = SharedJvm.start(server.url(), "-Druns=" + runs);
             SharedJvm third = SharedJvm.start(server.url(), "-Druns=" + runs)) {
            owner.send("held 1");
            owner.awaitPrinted("ran held:1");
            second.send("held 1");
            third.send("held 1");
            assertThat(server.cli("--scan", "--pattern", "memoria:1:*:l:*")).as("the owner's lease").isNotBlank();
            RedisServer.sleep(500); // both are waiting on the lease now

            long killed = System.nanoTime();
            owner.kill();
            List<Answer> answers = List.of(second.answer("held 1"), third.answer("held 1"));
            long waited = System.nanoTime() - killed;

            assertThat(answers).extracting(Answer::value).containsOnly("held 1");
            assertThat(answers).filteredOn(Answer::ran).as("JVMs that computed after the owner died").hasSize(1);
            assertThat(Files.readAllLines(runs)).containsExactly("held:1", "held:1");
            assertThat(waited).as("waited after the kill, in ns")
                    .isLessThan(TimeUnit.SECONDS.toNanos(LEASE_SECONDS + SLACK_SECONDS));
            try (SharedJvm fourth = SharedJvm.start(server.url(), "-Druns=" + runs)) {
                assertThat(fourth.call("held 1")).isEqualTo(new Answer("held 1", false));
            }
        }
    }

    @Test
    @DisplayName("A JVM killed while it writes a chunked value leaves no entry: the next JVM recomputes, and the chunks"
                 + " it left expire")
    void killedMidWriteLeavesNoEntry() {
        RedisServer server = redis.standalone();
        try (SharedJvm writer = SharedJvm.start(server.url(), HEAP)) {
            writer.send("big 512"); // hundreds of chunks
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (chunks(server).isEmpty()) {
                assertThat(System.nanoTime()).as("a chunk in Redis within 120 s: %s", writer).isLessThan(deadline);
                RedisServer.sleep(5);
            }
            writer.kill();
        }
        List<String> orphans = chunks(server);
        assertThat(keys(server, "memoria:1:*:e:*")).as("entry heads after the kill").isEmpty();
        assertThat(orphans).as("chunks written before the kill").isNotEmpty();
        for (String chunk : orphans) {
            assertThat(Long.parseLong(server.cli("PTTL", chunk).trim())).as("expiry of %s", chunk)
                    .isBetween(1L, TimeUnit.HOURS.toMillis(1));
        }

        try (SharedJvm reader = SharedJvm.start(server.url(), HEAP)) {
            assertThat(reader.call("big 512")).isEqualTo(new Answer("536870912 bytes, intact", true));
        }
        assertThat(keys(server, "memoria:1:*:e:*")).as("the recomputed entry's head").hasSize(1);
    }

    @Test
    @DisplayName("An asynchronous method never blocks its caller on another JVM's computation, nor on a Redis that"
                 + " stopped answering; Lettuce and Netty print nothing, Memoria warns once")
    void asynchronousCallsReturnWithinTheirBound() {
        RedisServer server = redis.standalone();
        try (SharedJvm slow = SharedJvm.start(server.url(), "-DholdMillis=60000");
             SharedJvm caller = SharedJvm.start(server.url())) {
            slow.send("later 1");
            slow.awaitPrinted("ran later:1");
            assertThat(caller.call("later 1").value()).isEqualTo("later 1");
            assertThat(returnedAfterMillis(caller)).as("another JVM computes the key: %s", caller)
                    .isLessThan(ASYNC_BOUND_MILLIS + TimeUnit.SECONDS.toMillis(SLACK_SECONDS));

            server.suspend();
            try {
                for (int n = 2; n <= 4; n++) {
                    assertThat(caller.call("later " + n)).isEqualTo(new Answer("later " + n, true));
                    assertThat(returnedAfterMillis(caller)).as("Redis stopped: %s", caller)
                            .isLessThan(ASYNC_BOUND_MILLIS + TimeUnit.SECONDS.toMillis(SLACK_SECONDS));
                }
                RedisServer.sleep(3000); // Lettuce would log its attempts meanwhile
            } finally {
                server.resume();
            }
            assertThat(caller.stderr()).as("%s", caller).containsOnlyOnce("The shared store at " + server.url())
                    .doesNotContainIgnoringCase("lettuce").doesNotContainIgnoringCase("netty")
                    .doesNotContain("INFO:", "WARNING:", "SEVERE:");
        }
    }

    /** The time the last {@code later} call took to return its future, as the app printed it. */
    private static long returnedAfterMillis(SharedJvm jvm) {
        String[] lines = jvm.printed().split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (lines[i].startsWith("later returned after ")) {
                return Long.parseLong(lines[i].replaceAll("\\D", ""));
            }
        }
        throw new AssertionError("no timing printed by " + jvm);
    }

    private static List<String> chunks(RedisServer server) {
        return keys(server, "memoria:1:*:c:*");
    }

    private static List<String> keys(RedisServer server, String pattern) {
        return Arrays.stream(server.cli("--scan", "--pattern", pattern).split("\n")).map(String::trim)
                .filter(line -> !line.isEmpty()).toList();
    }
}
