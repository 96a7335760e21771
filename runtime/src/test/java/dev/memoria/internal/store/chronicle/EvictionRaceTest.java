package dev.memoria.internal.store.chronicle;

import dev.memoria.internal.report.Reporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.memoria.internal.policy.Attributes.MAX_ENTRIES;
import static dev.memoria.internal.store.chronicle.StoreFixture.get;
import static dev.memoria.internal.store.chronicle.StoreFixture.key;
import static dev.memoria.internal.store.chronicle.StoreFixture.put;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, item 4: one JVM evicts a blob while another opens it. For the reader that is a miss for that key, never
 * a failure of the disk tier and never a report of damage: here a forked JVM keeps writing a {@code maxEntries = 20}
 * method with 72 KB values (every write evicts) while this JVM keeps reading the same keys.
 */
class EvictionRaceTest {

    private static final int KEYS = 40;
    private static final long SECONDS = 6;

    @TempDir
    Path cache;

    /** The forked JVM: writes every key over and over for {@link #SECONDS}, then exits. */
    public static void main(String[] args) throws IOException {
        ChronicleStore store = bounded(Path.of(args[0])).open();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        for (int i = 0; System.nanoTime() < end; i++) {
            put(store, key(i % KEYS), value(i % KEYS));
        }
        store.close();
    }

    private static StoreFixture bounded(Path cache) {
        return new StoreFixture(cache, spec -> spec.set(MAX_ENTRIES, 20));
    }

    static String value(int i) {
        return String.valueOf((char) ('A' + i)).repeat(72 * 1024);
    }

    @Test
    void aBlobEvictedByAnotherJvmWhileReadIsAMissNotAFailure() throws Exception {
        int reportedBefore = Reporter.jvm().reported().size();
        StoreFixture fixture = bounded(cache);
        ChronicleStore store = fixture.open();
        put(store, key(0), value(0));
        List<String> command = new ArrayList<>(List.of(System.getProperty("memoria.test.jvm",
                Path.of(System.getProperty("java.home"), "bin", "java").toString())));
        command.addAll(List.of(ChronicleEnvironment.JVM_FLAGS.split(" ")));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), EvictionRaceTest.class.getName(),
                cache.toString()));
        Process writer = new ProcessBuilder(command).inheritIO().start();
        int hits = 0;
        try {
            while (writer.isAlive()) {
                for (int i = 0; i < KEYS; i++) {
                    Object served = get(store, key(i)); // threw NoSuchFileException when the blob had just gone
                    if (served != null) {
                        assertThat(served).isEqualTo(value(i));
                        hits++;
                    }
                }
            }
        } finally {
            writer.destroyForcibly();
            writer.waitFor(30, TimeUnit.SECONDS);
            store.close();
        }
        assertThat(writer.exitValue()).isZero();
        assertThat(hits).as("the reader saw the writer's entries").isPositive();
        List<String> reported = Reporter.jvm().reported();
        assertThat(reported.subList(reportedBefore, reported.size())).as("reports of this test")
                .noneMatch(line -> line.contains("was dropped because"));
    }
}
