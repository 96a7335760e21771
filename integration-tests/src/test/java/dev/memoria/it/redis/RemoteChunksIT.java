package dev.memoria.it.redis;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chunks of a large shared entry, altered in Redis one way or another between the JVM that wrote it and a fresh
 * one that reads it: the reader never serves what it finds, recomputes, and warns once when the entry is damaged
 * rather than merely gone.
 */
@DisplayName("The shared tier: a large entry whose chunks are missing, reordered, truncated or altered is never served")
class RemoteChunksIT {

    @RegisterExtension
    static final Redis redis = new Redis();

    static RedisServer server;
    static SharedJvm writer;

    @BeforeAll
    static void start() {
        server = redis.standalone();
        writer = SharedJvm.start(server.url());
    }

    @AfterAll
    static void stop() {
        if (writer != null) {
            writer.close();
        }
    }

    @Test
    @DisplayName("Untouched, a chunked entry is a hit in another JVM, every byte intact")
    void untouchedChunksAreAHit() {
        chunksOf("big 3");
        assertThat(readInFreshJvm("big 3", null)).isEqualTo(new SharedJvm.Answer("3145728 bytes, intact", false));
    }

    @Test
    @DisplayName("On a Redis Cluster, the chunks asked for several at a time reach the master of the entry's slot")
    void chunksRoundTripOnACluster() {
        RedisCluster cluster = redis.sharedCluster();
        try (SharedJvm clusterWriter = SharedJvm.start(cluster.url())) {
            assertThat(clusterWriter.call("big 3")).isEqualTo(new SharedJvm.Answer("3145728 bytes, intact", true));
        }
        try (SharedJvm reader = SharedJvm.start(cluster.url())) {
            assertThat(reader.call("big 3")).isEqualTo(new SharedJvm.Answer("3145728 bytes, intact", false));
        }
    }

    @Test
    @DisplayName("A chunk missing (the entry replaced or removed meanwhile) is a plain miss: recomputed, no warning")
    void aMissingChunkIsAMiss() {
        List<String> chunks = chunksOf("big 4");
        server.cli("DEL", chunks.get(1));
        assertThat(readInFreshJvm("big 4", null)).isEqualTo(new SharedJvm.Answer("4194304 bytes, intact", true));
    }

    @Test
    @DisplayName("Two chunks swapped: every byte is there, in the wrong order; the tag fails, the entry is dropped")
    void reorderedChunksFailTheirTag() {
        List<String> chunks = chunksOf("big 5");
        server.cli("EVAL", "local a = redis.call('GET', KEYS[1]) redis.call('SET', KEYS[1], redis.call('GET', KEYS[2]))"
                + " redis.call('SET', KEYS[2], a)", "2", chunks.get(0), chunks.get(1));
        assertThat(readInFreshJvm("big 5", "it fails its authentication"))
                .isEqualTo(new SharedJvm.Answer("5242880 bytes, intact", true));
    }

    @Test
    @DisplayName("A chunk one byte short is dropped as damaged")
    void aTruncatedChunkIsDamaged() {
        List<String> chunks = chunksOf("big 6");
        server.cli("EVAL", "redis.call('SET', KEYS[1], string.sub(redis.call('GET', KEYS[1]), 1, -2))", "1",
                chunks.get(2));
        assertThat(readInFreshJvm("big 6", "a chunk of its payload has the wrong length"))
                .isEqualTo(new SharedJvm.Answer("6291456 bytes, intact", true));
    }

    @Test
    @DisplayName("One byte changed in the middle of a chunk fails the tag")
    void aChangedByteFailsTheTag() {
        List<String> chunks = chunksOf("big 7");
        server.cli("EVAL", "local b = redis.call('GETRANGE', KEYS[1], 1000, 1000)"
                + " redis.call('SETRANGE', KEYS[1], 1000, string.char((string.byte(b) + 1) % 256))", "1",
                chunks.get(chunks.size() - 2));
        assertThat(readInFreshJvm("big 7", "it fails its authentication"))
                .isEqualTo(new SharedJvm.Answer("7340032 bytes, intact", true));
    }

    @Test
    @DisplayName("One byte changed in the array of an entry kept whole in its head (1 MiB, copied into the value while"
                 + " it is authenticated) fails the tag: the copy is never served")
    void aChangedByteInAnInlineArrayFailsTheTag() {
        String head = headOf("big 1");
        assertThat(keys(head.substring(0, head.indexOf("}:") + 2) + "c:" + head.substring(head.lastIndexOf(':') + 1)
                + ":*")).as("the entry's chunks").isEmpty();
        server.cli("EVAL", "local at = math.floor(redis.call('STRLEN', KEYS[1]) / 2)"
                + " local b = redis.call('GETRANGE', KEYS[1], at, at)"
                + " redis.call('SETRANGE', KEYS[1], at, string.char((string.byte(b) + 1) % 256))", "1", head);
        assertThat(readInFreshJvm("big 1", "it fails its authentication"))
                .isEqualTo(new SharedJvm.Answer("1048576 bytes, intact", true));
    }

    /** Has the writer compute {@code command} (a new entry of {@code big}), and returns the new entry's head. */
    private static String headOf(String command) {
        List<String> before = keys("memoria:1:*:e:*");
        assertThat(writer.call(command).ran()).as(writer.toString()).isTrue();
        List<String> heads = new ArrayList<>(keys("memoria:1:*:e:*"));
        heads.removeAll(before);
        assertThat(heads).as("the new entry's head").hasSize(1);
        return heads.get(0);
    }

    /**
     * Has the writer compute {@code command} (a new entry of {@code big}), and returns the chunks of that entry in
     * order: at least three, or the value did not go in chunks.
     */
    private static List<String> chunksOf(String command) {
        String head = headOf(command);
        String entry = head.substring(head.lastIndexOf(':') + 1);
        String tag = head.substring(0, head.indexOf("}:") + 2);
        List<String> chunks = new ArrayList<>(keys(tag + "c:" + entry + ":*"));
        chunks.sort(Comparator.comparingInt(chunk -> Integer.parseInt(chunk.substring(chunk.lastIndexOf(':') + 1))));
        assertThat(chunks).as("the chunks of " + command).hasSizeGreaterThanOrEqualTo(3);
        return chunks;
    }

    private static List<String> keys(String pattern) {
        return Arrays.stream(server.cli("--scan", "--pattern", pattern).split("\n")).map(String::trim)
                .filter(line -> !line.isEmpty()).toList();
    }

    /** Calls {@code command} in a JVM whose memory tier is empty; checks that it warned with {@code warning} or not. */
    private static SharedJvm.Answer readInFreshJvm(String command, String warning) {
        try (SharedJvm reader = SharedJvm.start(server.url())) {
            SharedJvm.Answer answer = reader.call(command);
            if (warning == null) {
                assertThat(reader.stderr()).as(reader.toString()).doesNotContain("was dropped");
            } else {
                assertThat(reader.stderr()).as(reader.toString()).containsOnlyOnce("A shared entry of "
                        + "dev.memoria.it.redis.apps.Shared.big(int) was dropped because " + warning);
            }
            return answer;
        }
    }
}
