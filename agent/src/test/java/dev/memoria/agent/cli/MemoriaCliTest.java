package dev.memoria.agent.cli;

import dev.memoria.internal.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.memoria.agent.cli.CacheFixture.NEW;
import static dev.memoria.agent.cli.Cli.at;
import static org.assertj.core.api.Assertions.assertThat;

/** What every command shares: finding and checking the cache directory, usage, help and version. */
class MemoriaCliTest {

    private static final String WHERE_THE_CACHE_IS = "Pass --dir with the directory the application caches in (its"
            + " agent option cacheDir=, if it has one). Without --dir, the tool looks where the application does by"
            + " default: the system property memoria.cache.dir, else the environment variable MEMORIA_CACHE_DIR, else"
            + " .memoria in the working directory.\n";

    @TempDir
    Path temporary;

    @ParameterizedTest
    @ValueSource(strings = {"list", "stats", "verify", "prune", "clear"})
    void aMissingDirectoryIsAnErrorThatSaysWhereToLook(String command) {
        Path missing = temporary.resolve("missing");

        Cli.Run run = Cli.run(command, missing, "--json");

        assertThat(run.exitCode()).isEqualTo(MemoriaCli.EXIT_PROBLEM);
        assertThat(run.err()).isEqualTo("There is no cache directory at " + missing + ".\n" + WHERE_THE_CACHE_IS);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aFileIsNotACacheDirectory() throws IOException {
        Path file = Files.writeString(temporary.resolve("notes.txt"), "hello");

        Cli.Run run = Cli.run("list", file);

        assertThat(run.exitCode()).isEqualTo(MemoriaCli.EXIT_PROBLEM);
        assertThat(run.err()).isEqualTo(file + " is a file, not a cache directory.\n" + WHERE_THE_CACHE_IS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"list", "stats", "verify", "prune", "clear"})
    void aFolderWithoutTheLayoutIsNotACacheDirectory(String command) throws IOException {
        Files.writeString(temporary.resolve("pom.xml"), "<project/>");

        Cli.Run run = Cli.run(command, temporary);

        assertThat(run.exitCode()).isEqualTo(MemoriaCli.EXIT_PROBLEM);
        assertThat(run.err()).isEqualTo(temporary + " is not a Memoria cache directory: it has no functions folder,"
                + " where Memoria keeps persisted entries.\n" + WHERE_THE_CACHE_IS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"list", "stats", "verify", "prune", "clear"})
    void anEmptyFolderIsAnEmptyCache(String command) {
        Cli.Run run = Cli.run(command, temporary, "--json");

        assertThat(run.exitCode()).as("%s", run).isZero();
        assertThat(run.json()).containsEntry("directory", temporary.toString());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void withoutDirTheToolLooksWhereTheApplicationDoes() {
        new CacheFixture(temporary).storeReports(NEW, "one");
        String previous = System.getProperty(Settings.CACHE_DIR_PROPERTY);
        System.setProperty(Settings.CACHE_DIR_PROPERTY, temporary.toString());
        try {
            Cli.Run list = Cli.run("list", "--json");

            assertThat(list.exitCode()).as("%s", list).isZero();
            assertThat(at(list.json(), "directory")).isEqualTo(temporary.toString());
            assertThat(at(list.json(), "methods", 0, "method")).isEqualTo("example.Reports.load(int)");
        } finally {
            if (previous == null) {
                System.clearProperty(Settings.CACHE_DIR_PROPERTY);
            } else {
                System.setProperty(Settings.CACHE_DIR_PROPERTY, previous);
            }
        }
    }

    @Test
    void aRelativeDirIsResolvedAgainstTheWorkingDirectory() {
        Path relative = Path.of("").toAbsolutePath().relativize(temporary);

        Cli.Run list = Cli.run("list", relative, "--json");

        assertThat(at(list.json(), "directory")).isEqualTo(temporary.toString());
    }

    @Test
    void withoutACommandItSaysWhichThereAre() {
        Cli.Run run = Cli.run();

        assertThat(run.exitCode()).isEqualTo(MemoriaCli.EXIT_PROBLEM);
        assertThat(run.err()).startsWith("Name a command: list, stats, verify, prune, clear or rules.\n"
                + "Usage: java -jar memoria-agent.jar [-hV] [COMMAND]");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Cli.Run run = Cli.run("list", "--dirr", temporary.toString());

        assertThat(run.exitCode()).isEqualTo(MemoriaCli.EXIT_PROBLEM);
        assertThat(run.err()).startsWith("Unknown options: '--dirr'").contains("Possible solutions: --dir");
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        Cli.Run help = Cli.run("--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Commands:", "  list ", "  stats ", "  verify ", "  prune ", "  clear ",
                "Exit codes:", "  1   verify found corrupt entries");
    }

    @ParameterizedTest
    @ValueSource(strings = {"list", "stats", "verify", "prune", "clear"})
    void everyCommandHasHelpWithDirAndJson(String command) {
        Cli.Run help = Cli.run("help", command);

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage: java -jar memoria-agent.jar " + command)
                .contains("--dir=<path>", "--json");
    }

    @Test
    void versionNamesTheBuild() {
        Cli.Run version = Cli.run("--version");

        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("Memoria ");
    }
}
