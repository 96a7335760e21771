package dev.memoria.internal.store.chronicle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static dev.memoria.internal.store.chronicle.StoreFixture.get;
import static dev.memoria.internal.store.chronicle.StoreFixture.key;
import static dev.memoria.internal.store.chronicle.StoreFixture.put;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, item 3: the disk tier killed with {@code kill -9} (SIGKILL, no shutdown hook runs) at every point between
 * the file operations of writing entries, and separately at every point of recovering the index a crash left. After
 * each kill this JVM opens the directory, as the next run of the application would: every value it serves equals a
 * recomputation, every entry that was whole before the crash is still there, and no blob is left that nothing
 * refers to. The forked JVM stops at the chosen point ({@link CrashPoints}) and is killed there, so each run tests
 * one known state rather than wherever a delay happened to land.
 */
class CrashSweepTest {

    /** One small (inline) entry, one large value written to a blob, one array spilled to a blob, one small again. */
    private static final int ENTRIES = 4;
    /** The write points those four entries pass: 2 for an inline entry, 5 for a blob. */
    private static final int WRITE_POINTS = 14;
    private static final int RECOVERY_POINTS = 5;

    @TempDir
    Path temporary;

    /** The forked JVM: {@code write <cache>} stores the entries, then waits; {@code open <cache>} opens and exits. */
    public static void main(String[] args) throws IOException, InterruptedException {
        StoreFixture fixture = new StoreFixture(Path.of(args[1]), spec -> spec);
        ChronicleStore store = fixture.open();
        if (args[0].equals("write")) {
            for (int i = 0; i < ENTRIES; i++) {
                put(store, key(i), value(i));
                System.out.println("stored " + i);
            }
        }
        System.out.println("done");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE); // killed with the index open, as a crashed application leaves it
    }

    /** What the made-up method computes for argument {@code i}. */
    static Object value(int i) {
        return switch (i % 3) {
            case 0 -> "value " + i;
            case 1 -> String.valueOf((char) ('a' + i)).repeat(IndexMap.INLINE_LIMIT + 1000);
            default -> {
                double[] values = new double[20_000];
                Arrays.fill(values, i);
                yield values;
            }
        };
    }

    @Test
    void aWriterKilledAtAnyPointLosesNothingItHadStoredAndServesNothingWrong() throws Exception {
        for (int point = 1; point <= WRITE_POINTS; point++) {
            Path cache = temporary.resolve("write-" + point);
            Killed killed = runAndKill("write", cache, "write:" + point);
            assertThat(killed.paused()).as("point %d reached", point).isTrue();
            assertRecoveredWhole(cache, killed.stored(), "killed at " + killed.where());
        }
    }

    @Test
    void aRecoveryKilledAtAnyPointLosesNoEntry() throws Exception {
        Path crashed = temporary.resolve("crashed");
        Killed writer = runAndKill("write", crashed, "write:" + (WRITE_POINTS + 1));
        assertThat(writer.stored()).hasSize(ENTRIES);
        for (int point = 1; point <= RECOVERY_POINTS; point++) {
            Path cache = temporary.resolve("recovery-" + point);
            copyFolder(crashed, cache);
            Killed recovery = runAndKill("open", cache, "recovery:" + point);
            assertThat(recovery.paused()).as("recovery point %d reached", point).isTrue();
            assertRecoveredWhole(cache, writer.stored(), "recovery killed at " + recovery.where());
        }
    }

    /** Opens the directory as the next run would (recovering it) and checks every entry. */
    private static void assertRecoveredWhole(Path cache, Set<Integer> stored, String crash) throws IOException {
        StoreFixture fixture = new StoreFixture(cache, spec -> spec);
        ChronicleStore store = fixture.open();
        try {
            int blobs = 0;
            for (int i = 0; i < ENTRIES; i++) {
                Object served = get(store, key(i));
                if (stored.contains(i)) {
                    assertThat(served).as("entry %d, stored before the crash (%s)", i, crash).isNotNull();
                }
                if (served != null) {
                    assertThat(served).as("entry %d served after the crash (%s)", i, crash).isEqualTo(value(i));
                    blobs += i % 3 == 0 ? 0 : 1;
                }
            }
            assertThat(blobFiles(fixture)).as("blobs left after %s", crash).hasSize(blobs);
            assertThat(store.verify(false).corrupt()).as("damaged entries after %s", crash).isZero();
        } finally {
            store.close();
        }
    }

    private static List<Path> blobFiles(StoreFixture fixture) throws IOException {
        Path directory = fixture.versionDirectory().resolve(CacheLayout.BLOBS);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }

    /** What a forked JVM acknowledged before it was killed, and where it stopped. */
    private record Killed(Set<Integer> stored, String where) {
        boolean paused() {
            return where.startsWith(CrashPoints.PAUSED);
        }
    }

    /** Runs this class's main until it pauses at {@code pauseAt} (or is done), then kills it with SIGKILL. */
    private static Killed runAndKill(String mode, Path cache, String pauseAt) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("memoria.test.jvm", Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(List.of(ChronicleEnvironment.JVM_FLAGS.split(" ")));
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-Xshare:auto", "-D" + CrashPoints.PROPERTY + "=" + pauseAt,
                "-cp", System.getProperty("java.class.path"), CrashSweepTest.class.getName(), mode, cache.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Set<Integer> stored = ConcurrentHashMap.newKeySet();
        StringBuilder output = new StringBuilder();
        String where = null;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.append(line).append('\n');
                if (line.startsWith("stored ")) {
                    stored.add(Integer.parseInt(line.substring("stored ".length())));
                } else if (line.startsWith(CrashPoints.PAUSED) || line.equals("done")) {
                    where = line;
                    break;
                }
            }
        } finally {
            process.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(where).as("the forked JVM stopped without pausing:\n%s", output).isNotNull();
        return new Killed(stored, where);
    }

    private static void copyFolder(Path from, Path to) throws IOException, InterruptedException {
        Process copy = new ProcessBuilder("cp", "-a", from.toString(), to.toString()).inheritIO().start();
        assertThat(copy.waitFor(30, TimeUnit.SECONDS) && copy.exitValue() == 0).isTrue();
    }
}
