package dev.memoria.it.launch;

import dev.memoria.it.apps.GreetingApp;
import dev.memoria.it.support.ForkedJvm;
import dev.memoria.it.support.TestEnvironment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.memoria.it.launch.GreetingAppRuns.CACHED;
import static dev.memoria.it.launch.GreetingAppRuns.UNCACHED;
import static dev.memoria.it.launch.GreetingAppRuns.app;
import static dev.memoria.it.launch.GreetingAppRuns.behaviour;
import static dev.memoria.it.launch.GreetingAppRuns.javaVersion;
import static org.assertj.core.api.Assertions.assertThat;

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
    void installWithDynamicAgentLoadingEnabledIsSilent() {
        ForkedJvm.Result result = installing().option("-XX:+EnableDynamicAgentLoading").run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(behaviour(result)).as(result.toString()).containsExactlyElementsOf(CACHED);
        assertThat(result.stderr()).as(result.toString()).isEmpty();
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
                 + " the fixes, and the app runs on uncached")
    void installUnderForbiddenDynamicLoadingFailsClearly() {
        ForkedJvm.Result result = installing().option("-XX:-EnableDynamicAgentLoading").run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
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

    /** The app, run with {@code --install} and the agent jar named by {@code memoria.agent.jar}. */
    private static ForkedJvm installing() {
        return app().systemProperty("memoria.agent.jar", TestEnvironment.agentJar())
                .main(GreetingApp.class, "--install");
    }

    /** Memoria's explanation, then exactly the JDK's four warning lines, and nothing else. */
    private static void assertExplainedThenWarned(List<String> stderr, ForkedJvm.Result result) {
        String agentJar = TestEnvironment.agentJar().toString();
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
