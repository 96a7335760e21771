package dev.memoria.it.rules;

import dev.memoria.CacheData;
import dev.memoria.it.support.ForkedJvm;
import dev.memoria.it.support.Javac;
import dev.memoria.it.support.TestEnvironment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.memoria.it.rules.LegacyApp.value;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ways to name a rules file ({@code config=}, {@code -Dmemoria.config}, {@code MEMORIA_CONFIG},
 * {@code Memoria.install()}), and what happens when the file is wrong or missing: one report on stderr, and the app
 * runs on, uncached.
 */
@DisplayName("Rules files: naming the file, and a wrong or missing file")
class RulesSettingsIT {

    private static final String REPORTER = "[memoria] ";

    @TempDir
    static Path work;

    private static Path appJar;
    private static Path rules;

    @BeforeAll
    static void buildTheApp() {
        appJar = LegacyApp.build(work);
        rules = LegacyApp.rulesFile(work.resolve("memoria.rules"), LegacyApp.RULES);
    }

    @Test
    @DisplayName("-Dmemoria.config names the file")
    void systemProperty() {
        assertCached(LegacyApp.run(appJar, "reports").withAgent().systemProperty("memoria.config", rules).run());
    }

    @Test
    @DisplayName("The environment variable MEMORIA_CONFIG names the file")
    void environmentVariable() {
        assertCached(LegacyApp.run(appJar, "reports").withAgent().environment("MEMORIA_CONFIG", rules).run());
    }

    @Test
    @DisplayName("config=<relative path> is read from the working directory")
    void relativePathFromTheWorkingDirectory() {
        assertCached(LegacyApp.run(appJar, "reports").withAgent("config=memoria.rules").workingDirectory(work).run());
    }

    @Test
    @DisplayName("Memoria.install() applies the rules too, also to classes loaded before it; Memoria.function"
                 + " finds a method a rule caches, and lists it when asked for one that does not exist")
    void install(@TempDir Path launcher) {
        Javac.compile(launcher, Map.of("launch.Launcher", """
                package launch;

                public final class Launcher {
                    public static void main(String[] args) throws Exception {
                        System.out.println("report loads before install: " + app.Reports.loads);
                        dev.memoria.Memoria.install();
                        app.Main.main(args);
                        dev.memoria.CacheStats stats = dev.memoria.Memoria.function(app.Reports.class, "load").stats();
                        System.out.println("load hits and misses: " + stats.hits() + " " + stats.misses());
                        try {
                            dev.memoria.Memoria.function(app.Reports.class, "missing");
                        } catch (IllegalArgumentException e) {
                            System.out.println("a missing name: " + e.getMessage());
                        }
                    }
                }
                """), List.of(appJar, TestEnvironment.locationOf(CacheData.class)));

        ForkedJvm.Result result = ForkedJvm.java().option("-XX:+EnableDynamicAgentLoading")
                .systemProperty("memoria.agent.jar", TestEnvironment.agentJar())
                .systemProperty("memoria.config", rules).classPath(launcher).classPath(appJar)
                .classPath(TestEnvironment.commonsLang3Jar()).classPathOf(CacheData.class)
                .main("launch.Launcher", "reports").run();

        assertThat(value(result, "report loads before install")).as(result.toString()).isEqualTo("0");
        assertCached(result);
        assertThat(value(result, "load hits and misses")).isEqualTo("1 2");
        assertThat(value(result, "a missing name")).startsWith("app.Reports declares no method missing. Its cached"
                                                               + " methods: load(");
    }

    @Test
    @DisplayName("A wrong file is reported once on stderr, every problem with its line, and ignored entirely: the"
                 + " app runs uncached")
    void wrongFile() {
        Path wrong = LegacyApp.rulesFile(work.resolve("wrong.rules"), """
                # a typo, a JDK class, and a good line that is ignored with the rest
                data       app.Reports.load             tll=10m
                data       java.util.Collections.sort
                resource   app.Pools.connect
                """);

        ForkedJvm.Result result = LegacyApp.run(appJar, "reports", "pools").withAgent("config=" + wrong).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(value(result, "report loads")).as(result.toString()).isEqualTo("3");
        assertThat(value(result, "pools opened")).as(result.toString()).isEqualTo("3");
        assertThat(result.stderrLines()).as(result.toString()).containsExactly(
                REPORTER + "The rules file " + wrong + " has 2 problems:",
                REPORTER + wrong + ":2: Unknown attribute 'tll'. Did you mean 'ttl'? Attributes of data rules:"
                + " allowWidgets, hashers, hiddenInputs, inputs, maxEntries, maxSize, maxStale, offHeap, persist,"
                + " refresh, scope, showSpinner, showTime, spinnerText, ttl, unhashed.",
                REPORTER + wrong + ":3: 'java.util.Collections.sort' names a JDK class. The JDK's classes are"
                + " loaded by the bootstrap or platform class loader, which cannot see Memoria, so their methods"
                + " cannot be cached. Write a rule for the method of your application or library that calls it.",
                REPORTER + "Memoria ignores this rules file and caches annotated methods only. The file is named"
                + " by the agent option config=, -Dmemoria.config or MEMORIA_CONFIG.");
    }

    @Test
    @DisplayName("A missing file is reported with its absolute path and the working directory; the app runs"
                 + " uncached")
    void missingFile() throws IOException {
        Path directory = Files.createDirectories(work.resolve("elsewhere"));

        ForkedJvm.Result result = LegacyApp.run(appJar, "reports").withAgent("config=no-such.rules")
                .workingDirectory(directory).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(value(result, "report loads")).as(result.toString()).isEqualTo("3");
        assertThat(result.stderrLines()).as(result.toString()).containsExactly(
                REPORTER + "The rules file no-such.rules does not exist: there is no file "
                + directory.toRealPath().resolve("no-such.rules") + " (relative paths start from the working"
                + " directory, " + directory.toRealPath() + "). Fix the path, or create the file.",
                REPORTER + "Memoria ignores this rules file and caches annotated methods only. The file is named"
                + " by the agent option config=, -Dmemoria.config or MEMORIA_CONFIG.");
    }

    private static void assertCached(ForkedJvm.Result result) {
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(value(result, "report loads")).as(result.toString()).isEqualTo("2");
        assertThat(result.stderr()).as(result.toString()).isEmpty();
    }
}
