package dev.memoria.it.rules;

import dev.memoria.it.support.ForkedJvm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static dev.memoria.it.rules.LegacyApp.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Rules files written to hurt (issue 13, item 7), under the real agent: start-up goes on, with a short report, and
 * the app runs. Each of these once hung start-up, flooded stderr or took most of a minute.
 */
@DisplayName("Rules files: a hostile file costs a short report, never the app's start")
class HostileRulesFileIT {

    private static final String REPORTER = "[memoria] ";
    private static final String IGNORED = REPORTER + "Memoria ignores this rules file and caches annotated methods"
                                          + " only. The file is named by the agent option config=, -Dmemoria.config"
                                          + " or MEMORIA_CONFIG.";

    @TempDir
    static Path work;

    private static Path appJar;

    @BeforeAll
    static void buildTheApp() {
        appJar = LegacyApp.build(work);
    }

    @Test
    @DisplayName("A FIFO named as the rules file is refused without being opened: the app starts at once")
    void fifo() throws IOException, InterruptedException {
        Path fifo = work.resolve("memoria.rules");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor() == 0,
                "mkfifo is not available");

        ForkedJvm.Result result = LegacyApp.run(appJar, "reports").withAgent("config=" + fifo).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(value(result, "report loads")).as(result.toString()).isEqualTo("3");
        assertThat(result.stderrLines()).as(result.toString()).containsExactly(
                REPORTER + "The rules file " + fifo + " is a named pipe (FIFO), not a regular file: Memoria does not"
                + " read it, since reading it could hold up the application's start. Name a text file.",
                IGNORED);
    }

    @Test
    @DisplayName("A 200,000-name pattern and a 500,000-character value get a few lines of report, not megabytes")
    void hugeParts() {
        Path rules = LegacyApp.rulesFile(work.resolve("huge.rules"), "data " + "a.".repeat(200_000) + "load\n"
                + "data app.Reports.load spinnerText=" + "x".repeat(500_000) + "\n");

        ForkedJvm.Result result = LegacyApp.run(appJar, "reports").withAgent("config=" + rules).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(value(result, "report loads")).as(result.toString()).isEqualTo("3");
        assertThat(result.stderrLines()).as(result.toString()).hasSize(4).last().isEqualTo(IGNORED);
        assertThat(result.stderr().length()).isLessThan(1_000);
    }
}
