package dev.memoria.it.launch;

import dev.memoria.it.apps.GreetingApp;
import dev.memoria.it.support.ForkedJvm;
import dev.memoria.it.support.TestEnvironment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.memoria.it.launch.GreetingAppRuns.CACHED;
import static dev.memoria.it.launch.GreetingAppRuns.UNCACHED;
import static dev.memoria.it.launch.GreetingAppRuns.app;
import static dev.memoria.it.launch.GreetingAppRuns.behaviour;
import static dev.memoria.it.launch.GreetingAppRuns.javaVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * {@code Memoria.install()} in an application started without {@code -javaagent}. Since JDK 21 (JEP 451) the JVM
 * warns when an agent is loaded dynamically unless started with {@code -XX:+EnableDynamicAgentLoading}, and Memoria
 * explains that warning just before it; {@code -XX:-EnableDynamicAgentLoading} (a flag Java 17 has too) forbids the
 * attach. The expectation follows the feature version the forked JVM reports. {@link GreetingApp} catches
 * install()'s exception and prints its message, as the Javadoc recommends.
 */
@DisplayName("Memoria.install(): attaching the agent at run time")
class InstallIT {

    private static final String EXPLANATION = "[memoria] Memoria.install() is loading the Memoria agent into this"
                                              + " running JVM.";
    private static final String REFUSAL = "Memoria.install() cannot load the Memoria agent: this JVM was started"
                                          + " with -XX:-EnableDynamicAgentLoading";

    @Test
    @DisplayName("Caches, including methods of the class already loaded when install() ran; on Java 21+ Memoria"
                 + " explains the JDK's warning just before it, on Java 17 stderr stays empty")
    void installCachesAndExplainsTheJdkWarningFromJava21() {
        ForkedJvm.Result result = installing().run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(behaviour(result)).as(result.toString()).containsExactlyElementsOf(CACHED);
        if (javaVersion(result) >= 21) {
            assertExplainedThenWarned(result.stderrLines(), result);
        } else {
            assertThat(result.stderr()).as(result.toString()).isEmpty();
        }
    }

    @Test
    @DisplayName("With -XX:+EnableDynamicAgentLoading, install() caches and neither the JDK nor Memoria prints a word")
    void installWithDynamicAgentLoadingEnabledIsSilent(@TempDir Path temp) throws IOException {
        Path trace = temp.resolve("strace.txt");
        ForkedJvm.Result result = installing().option("-XX:+EnableDynamicAgentLoading").launchedBy(tracingExecve(trace))
                .run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(behaviour(result)).as(result.toString()).containsExactlyElementsOf(CACHED);
        assertThat(result.stderr()).as(result.toString()).isEmpty();
        assertThat(executed(trace)).as("the programs the app's JVM and its children executed: the app, then the"
                                       + " helper JVM (so the trace would show one where none may start)")
                .anyMatch(helper -> helper.contains("dev.memoria.agent.Attacher"))
                .first().satisfies(app -> assertThat(app).contains(GreetingApp.class.getName()));
    }

    @Test
    @DisplayName("-XX:+EnableDynamicAgentLoading in JAVA_TOOL_OPTIONS does not hide the JDK's warning, so Memoria"
                 + " still explains it on Java 21+")
    void theFlagInJavaToolOptionsDoesNotSilenceTheJdk() {
        ForkedJvm.Result result = installing().environment("JAVA_TOOL_OPTIONS", "-XX:+EnableDynamicAgentLoading")
                .run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(behaviour(result)).as(result.toString()).containsExactlyElementsOf(CACHED);
        List<String> stderr = result.stderrLines();
        assertThat(stderr).as(result.toString()).first()
                .isEqualTo("Picked up JAVA_TOOL_OPTIONS: -XX:+EnableDynamicAgentLoading");
        if (javaVersion(result) >= 21) {
            assertExplainedThenWarned(stderr.subList(1, stderr.size()), result);
        } else {
            assertThat(stderr).as(result.toString()).hasSize(1);
        }
    }

    @Test
    @DisplayName("With -XX:-EnableDynamicAgentLoading, install() throws at once with a message naming the flag and"
                 + " the fixes, starting no helper JVM (strace sees no execve but the app's own), and the app runs"
                 + " on uncached")
    void installUnderForbiddenDynamicLoadingFailsClearly(@TempDir Path temp) throws IOException {
        Path trace = temp.resolve("strace.txt");
        ForkedJvm.Result result = installing().option("-XX:-EnableDynamicAgentLoading").launchedBy(tracingExecve(trace))
                .run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(executed(trace)).as("the programs the app's JVM and its children executed")
                .singleElement().satisfies(app -> assertThat(app)
                        .startsWith("execve(\"" + ForkedJvm.javaExecutable() + "\"")
                        .contains(GreetingApp.class.getName())
                        .doesNotContain("Attacher"));
        assertThat(behaviour(result)).as(result.toString()).containsExactlyElementsOf(UNCACHED);
        assertThat(result.stderrLines()).as("only install()'s message, as the app printed it:%n%s", result)
                .satisfiesExactly(
                        why -> assertThat(why).startsWith(REFUSAL).contains("cached methods run uncached"),
                        javaAgent -> assertThat(javaAgent).contains("-javaagent:/path/to/memoria-agent.jar"),
                        launcher -> assertThat(launcher).contains("java -jar")
                                .contains("\"Launcher-Agent-Class: dev.memoria.agent.MemoriaAgent\""),
                        dropTheFlag -> assertThat(dropTheFlag).contains("remove -XX:-EnableDynamicAgentLoading"));
    }

    @Test
    @DisplayName("With caching turned off, install() attaches nothing: no JDK warning, no [memoria] line")
    void installWithCachingTurnedOffDoesNothing() {
        ForkedJvm.Result result = installing().systemProperty("memoria.disabled", "true").run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(behaviour(result)).as(result.toString()).containsExactlyElementsOf(UNCACHED);
        assertThat(result.stderr()).as(result.toString()).isEmpty();
    }

    @Test
    @DisplayName("With MEMORIA_DISABLED=1 in the environment, install() attaches nothing and the app runs uncached")
    void installWithCachingTurnedOffByTheEnvironmentDoesNothing() {
        ForkedJvm.Result result = installing().environment("MEMORIA_DISABLED", "1").run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(behaviour(result)).as(result.toString()).containsExactlyElementsOf(UNCACHED);
        assertThat(result.stderr()).as(result.toString()).isEmpty();
    }

    /**
     * The README's routes to the agent jar besides {@code -Dmemoria.agent.jar}, one app started per route, and the
     * two messages of install() when the jar named is not the agent or none is found. Every app gets an empty
     * directory as its local Maven repository ({@code -Dmaven.repo.local}), so an agent jar that a build installed
     * into the real one can never be what is found.
     */
    @Nested
    @DisplayName("Finding the agent jar")
    class FindingTheAgentJar {

        @TempDir
        Path temp;

        @Test
        @DisplayName("MEMORIA_AGENT_JAR names it: the app runs cached")
        void environmentVariable() throws IOException {
            ForkedJvm.Result result = installingWithout().environment("MEMORIA_AGENT_JAR", TestEnvironment.agentJar())
                    .run();

            assertCachedWith(TestEnvironment.agentJar(), result);
        }

        @Test
        @DisplayName("On the class path after memoria-runtime (a dependency on memoria-agent:all): the app runs cached")
        void classPath() throws IOException {
            ForkedJvm.Result result = installingWithout().classPath(TestEnvironment.agentJar()).run();

            assertCachedWith(TestEnvironment.agentJar(), result);
        }

        @Test
        @DisplayName("As the only Memoria jar on the class path (install() runs from inside it): the app runs cached")
        void ownJar() throws IOException {
            ForkedJvm.Result result = ForkedJvm.java().classPathOf(GreetingApp.class)
                    .classPath(TestEnvironment.agentJar()).systemProperty("maven.repo.local", emptyRepository())
                    .main(GreetingApp.class, "--install").run();

            assertCachedWith(TestEnvironment.agentJar(), result);
        }

        @Test
        @DisplayName("In the local Maven repository, as dev/memoria/memoria-agent/<version>/memoria-agent-<version>-all"
                     + ".jar: the app runs cached")
        void localMavenRepository() throws IOException {
            Path repository = emptyRepository();
            String version = TestEnvironment.projectVersion();
            Path jar = Files.createDirectories(repository.resolve("dev/memoria/memoria-agent/" + version))
                    .resolve("memoria-agent-" + version + "-all.jar");
            Files.copy(TestEnvironment.agentJar(), jar);

            ForkedJvm.Result result = app().systemProperty("maven.repo.local", repository)
                    .main(GreetingApp.class, "--install").run();

            assertCachedWith(jar, result);
        }

        @Test
        @DisplayName("-Dmemoria.agent.jar names a jar that is not the agent: install() says so, the app runs uncached")
        void configuredJarIsNotTheAgent() throws IOException {
            Path notTheAgent = TestEnvironment.commonsLang3Jar();
            ForkedJvm.Result result = installingWithout().systemProperty("memoria.agent.jar", notTheAgent).run();

            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(behaviour(result)).as(result.toString()).containsExactlyElementsOf(UNCACHED);
            assertThat(result.stderrLines()).as(result.toString()).containsExactly("memoria.agent.jar /"
                    + " MEMORIA_AGENT_JAR names " + notTheAgent + ", which is not a Memoria agent jar (its manifest has"
                    + " no Agent-Class dev.memoria.agent.MemoriaAgent).");
        }

        @Test
        @DisplayName("Found nowhere: install() lists where it looked and the three ways to point at the jar, the app"
                     + " runs uncached")
        void foundNowhere() throws IOException {
            Path repository = emptyRepository();
            String version = TestEnvironment.projectVersion();
            ForkedJvm.Result result = app().systemProperty("maven.repo.local", repository)
                    .main(GreetingApp.class, "--install").run();

            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(behaviour(result)).as(result.toString()).containsExactlyElementsOf(UNCACHED);
            Path inRepository = repository.resolve("dev/memoria/memoria-agent/" + version + "/memoria-agent-"
                                                   + version + "-all.jar");
            assertThat(result.stderrLines()).as(result.toString()).satisfiesExactly(
                    looked -> assertThat(looked)
                            .startsWith("Memoria.install() could not find memoria-agent.jar. It looked at: [")
                            .contains(inRepository.toString())
                            .endsWith("]. Do one of these:"),
                    javaAgent -> assertThat(javaAgent)
                            .isEqualTo("  - start the JVM with -javaagent:/path/to/memoria-agent.jar (preferred: no"
                                       + " attach, no warning);"),
                    property -> assertThat(property)
                            .isEqualTo("  - set -Dmemoria.agent.jar=/path/to/memoria-agent.jar (or"
                                       + " MEMORIA_AGENT_JAR);"),
                    dependency -> assertThat(dependency)
                            .isEqualTo("  - depend on dev.memoria:memoria-agent with <classifier>all</classifier>, so"
                                       + " the jar is on the class path."));
        }

        /** The app with {@code --install}, the runtime on its class path, and an empty local Maven repository. */
        private ForkedJvm installingWithout() throws IOException {
            return app().systemProperty("maven.repo.local", emptyRepository()).main(GreetingApp.class, "--install");
        }

        private Path emptyRepository() throws IOException {
            return Files.createDirectories(temp.resolve("repository"));
        }

        private void assertCachedWith(Path agentJar, ForkedJvm.Result result) {
            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(behaviour(result)).as(result.toString()).containsExactlyElementsOf(CACHED);
            if (javaVersion(result) >= 21) {
                assertExplainedThenWarned(agentJar, result.stderrLines(), result);
            } else {
                assertThat(result.stderr()).as(result.toString()).isEmpty();
            }
        }
    }

    /** The app, run with {@code --install} and the agent jar named by {@code memoria.agent.jar}. */
    private static ForkedJvm installing() {
        return app().systemProperty("memoria.agent.jar", TestEnvironment.agentJar())
                .main(GreetingApp.class, "--install");
    }

    /**
     * {@code strace}, following every process the JVM starts and writing each {@code execve} in full to {@code trace}.
     * CI installs strace; without it the test fails, saying what to install.
     */
    private static String[] tracingExecve(Path trace) {
        return new String[] {onPath("strace").toString(), "-f", "-qq", "-s", "4096", "-e", "trace=execve",
                "-e", "signal=none", "-o", trace.toString()};
    }

    /** The {@code execve} calls in an strace output file, without the process ids strace prefixes them with. */
    private static List<String> executed(Path trace) throws IOException {
        return Files.readAllLines(trace).stream().filter(line -> line.contains("execve("))
                .map(line -> line.substring(line.indexOf("execve("))).toList();
    }

    /** An executable on the PATH; fails, saying what to install, when there is none. */
    private static Path onPath(String program) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(directory, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return fail("%s is not installed, so this test cannot see which processes the JVM starts. Install it (on"
                    + " Debian or Ubuntu: apt-get install strace); CI installs it.", program);
    }

    /** Memoria's explanation, then exactly the JDK's four warning lines, and nothing else. */
    private static void assertExplainedThenWarned(List<String> stderr, ForkedJvm.Result result) {
        assertExplainedThenWarned(TestEnvironment.agentJar(), stderr, result);
    }

    /** The same, for an agent jar found at {@code agentJarFound}. */
    private static void assertExplainedThenWarned(Path agentJarFound, List<String> stderr, ForkedJvm.Result result) {
        String agentJar = agentJarFound.toString();
        assertThat(stderr).as(result.toString()).satisfiesExactly(
                why -> assertThat(why).startsWith(EXPLANATION).contains("JEP 451"),
                javaAgent -> assertThat(javaAgent).startsWith("[memoria]   - ").contains("-javaagent:" + agentJar),
                launcher -> assertThat(launcher).startsWith("[memoria]   - ")
                        .contains("\"Launcher-Agent-Class: dev.memoria.agent.MemoriaAgent\""),
                allow -> assertThat(allow).startsWith("[memoria]   - ").contains("-XX:+EnableDynamicAgentLoading"),
                jdk1 -> assertThat(jdk1).isEqualTo("WARNING: A Java agent has been loaded dynamically (" + agentJar
                                                   + ")"),
                jdk2 -> assertThat(jdk2).startsWith("WARNING: "),
                jdk3 -> assertThat(jdk3).startsWith("WARNING: "),
                jdk4 -> assertThat(jdk4).startsWith("WARNING: "));
    }
}
