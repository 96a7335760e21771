package dev.memoria.agent.cli;

import dev.memoria.internal.store.chronicle.ChronicleEnvironment;
import dev.memoria.internal.store.chronicle.ChronicleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static dev.memoria.agent.cli.CacheFixture.NEW;
import static dev.memoria.agent.cli.CacheFixture.OLD;
import static dev.memoria.agent.cli.Cli.objectAt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged tool as users run it: {@code java -jar memoria-agent.jar}, on the JVM running the tests (CI runs them
 * again on Java 25), with no JVM flags. The jar's manifest must grant Chronicle Map its access to JDK internals.
 *
 * <p>On Java 24 and later the JDK prints a one-time warning on stderr when Chronicle first calls a memory-access
 * method of {@code sun.misc.Unsafe} (JEP 471/498); no manifest attribute can silence it, so it is expected. Anything
 * else on stderr fails.
 */
class CliJarIT {

    private static final List<Pattern> UNSAFE_WARNING = List.of(
            Pattern.compile("WARNING: A terminally deprecated method in sun\\.misc\\.Unsafe has been called"),
            Pattern.compile("WARNING: sun\\.misc\\.Unsafe::\\w+ has been called by \\S+ \\(file:.*\\)"),
            Pattern.compile("WARNING: Please consider reporting this to the maintainers of class \\S+"),
            Pattern.compile("WARNING: sun\\.misc\\.Unsafe::\\w+ will be removed in a future release"));

    @TempDir
    Path cache;

    private record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit code " + exitCode + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
        }
    }

    @Test
    void listJsonRunsFromTheJarWithoutFlags() throws Exception {
        CacheFixture fixture = new CacheFixture(cache).storeReports(OLD, "one", new double[100_000]);
        ChronicleStore openHere = fixture.openReports(NEW);
        CacheFixture.put(openHere, 0, "two");
        Result list;
        try {
            list = java("-jar", jar().toString(), "list", "--json", "--dir", cache.toString());
        } finally {
            openHere.close();
        }

        assertThat(list.exitCode()).as("%s", list).isZero();
        assertThat(list.err().lines()).as("%s", list)
                .allMatch(line -> UNSAFE_WARNING.stream().anyMatch(warning -> warning.matcher(line).matches()));
        Map<String, Object> json = JsonParser.object(list.out());
        assertThat(objectAt(json, "methods", 0)).containsEntry("method", "example.Reports.load(int)");
        assertThat(objectAt(json, "methods", 0, "versions", 0)).containsEntry("fingerprint", OLD)
                .containsEntry("entries", 2L).containsEntry("inUse", false);
        assertThat(objectAt(json, "methods", 0, "versions", 1)).as("open in the test JVM")
                .containsEntry("fingerprint", NEW).containsEntry("entries", 1L).containsEntry("inUse", true);
    }

    @Test
    void withoutTheManifestItNamesTheMissingAccessAndTheFlags() throws Exception {
        new CacheFixture(cache).storeReports(OLD, "one");

        Result list = java("-cp", jar().toString(), MemoriaCli.class.getName(), "list", "--dir", cache.toString());

        assertThat(list.exitCode()).as("%s", list).isEqualTo(MemoriaCli.EXIT_PROBLEM);
        assertThat(list.err()).isEqualTo("This JVM does not give Memoria the access to JDK internals that Chronicle"
                + " Map needs to read the cache: open java.lang, open java.lang.reflect, export sun.nio.ch, export"
                + " jdk.internal.ref.\nRun the tool as `java -jar memoria-agent.jar list ...`: the jar's manifest"
                + " grants that access. Or add these JVM options:\n  " + ChronicleEnvironment.JVM_FLAGS + "\n");
        assertThat(list.out()).isEmpty();
    }

    private static Path jar() {
        return Path.of(System.getProperty("memoria.agent.jar"));
    }

    /** Runs the test JVM's {@code java} with no options but {@code args}; output goes to files, never blocking. */
    private static Result java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile("memoria-cli-out", ".txt");
        Path err = Files.createTempFile("memoria-cli-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().remove("JAVA_TOOL_OPTIONS");
            builder.environment().remove("JDK_JAVA_OPTIONS");
            Process process = builder.start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError(command + " did not end within 60 s");
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
