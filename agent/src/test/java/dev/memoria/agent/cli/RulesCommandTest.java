package dev.memoria.agent.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code rules --class-path <path> <file>}: what a rules file caches, per rule, and what it leaves out and why. */
class RulesCommandTest {

    private static final String TEXTS = "dev.memoria.agent.transform.RuleMatchesTest$Texts";

    @TempDir
    Path work;

    private static Path testClasses() throws URISyntaxException {
        return Path.of(RulesCommandTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void countsPerRuleAndListsWhatAWildcardLeavesOut() throws Exception {
        Path rules = Files.writeString(work.resolve("memoria.rules"), """
                data %s.*
                data %s.zeroFirst
                resource com.acme.Missing.load
                """.formatted(TEXTS, TEXTS));

        Cli.Run run = Cli.run("rules", "--class-path", testClasses().toString(), rules.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).as(run.toString())
                .contains(rules + ":1: data " + TEXTS + ".*: 8 methods cached, 9 methods left out\n")
                .contains("  left out  " + TEXTS + ".reverse(int[]): it returns nothing (void)")
                .contains("  left out  " + TEXTS + ".zeroFirst(int[]): it may change 'values', which a cached call"
                          + " would not: it stores into it (line ")
                .contains(rules + ":2: data " + TEXTS + ".zeroFirst: 1 method cached\n")
                .contains(rules + ":3: resource com.acme.Missing.load: 0 methods cached\n")
                .contains("To cache one anyway, write a rule that names it without wildcards.")
                .doesNotContain("  cached    ");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void listsTheCachedMethodsOnRequest() throws Exception {
        Path rules = Files.writeString(work.resolve("memoria.rules"), "data " + TEXTS + ".upper\n");

        Cli.Run run = Cli.run("rules", "--methods", "-cp", testClasses().toString(), rules.toString());

        assertThat(run.out()).as(run.toString()).contains("  cached    " + TEXTS + ".upper(String)\n");
    }

    @Test
    void aWrongFileOrClassPathIsExplained() throws IOException {
        Path rules = Files.writeString(work.resolve("memoria.rules"), "data com.acme.Reports.load tll=1h\n");

        Cli.Run wrongFile = Cli.run("rules", "--class-path", work.toString(), rules.toString());
        Cli.Run missingEntry = Cli.run("rules", "--class-path", work.resolve("absent.jar").toString(),
                Files.writeString(work.resolve("ok.rules"), "").toString());

        assertThat(wrongFile.exitCode()).isEqualTo(MemoriaCli.EXIT_PROBLEM);
        assertThat(wrongFile.err()).contains("memoria.rules:1: Unknown attribute 'tll'. Did you mean 'ttl'?");
        assertThat(missingEntry.exitCode()).isEqualTo(MemoriaCli.EXIT_PROBLEM);
        assertThat(missingEntry.err()).contains("The class path entry " + work.resolve("absent.jar")
                                                + " does not exist");
    }
}
