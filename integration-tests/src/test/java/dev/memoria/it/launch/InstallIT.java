package dev.memoria.it.launch;

import dev.memoria.it.apps.GreetingApp;
import dev.memoria.it.support.ForkedJvm;
import dev.memoria.it.support.TestEnvironment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static dev.memoria.it.launch.GreetingAppRuns.CACHED;
import static dev.memoria.it.launch.GreetingAppRuns.DYNAMIC_AGENT_WARNING;
import static dev.memoria.it.launch.GreetingAppRuns.app;
import static dev.memoria.it.launch.GreetingAppRuns.behaviour;
import static dev.memoria.it.launch.GreetingAppRuns.javaVersion;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Memoria.install()} in an application started without {@code -javaagent}. Since JDK 21 (JEP 451) the JVM
 * warns when an agent is loaded dynamically unless started with {@code -XX:+EnableDynamicAgentLoading}; the
 * expectation follows the feature version the forked JVM reports.
 */
@DisplayName("Memoria.install(): attaching the agent at run time")
class InstallIT {

    @Test
    @DisplayName("Caches, including methods of the class already loaded when install() ran; on Java 21+ the JDK"
                 + " warns that an agent was loaded dynamically")
    void installCachesAndTheJdkWarnsFromJava21() {
        ForkedJvm.Result result = app().systemProperty("memoria.agent.jar", TestEnvironment.agentJar())
                .main(GreetingApp.class, "--install").run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(behaviour(result)).as(result.toString()).containsExactlyElementsOf(CACHED);
        assertThat(result.stderrLines()).as(result.toString()).noneMatch(line -> line.startsWith("[memoria]"));
        if (javaVersion(result) >= 21) {
            assertThat(result.stderr()).as(result.toString()).contains(DYNAMIC_AGENT_WARNING);
        } else {
            assertThat(result.stderr()).as(result.toString()).doesNotContain("WARNING");
        }
    }

    @Test
    @DisplayName("With -XX:+EnableDynamicAgentLoading, install() caches and stderr has no WARNING line")
    void installWithDynamicAgentLoadingEnabledIsSilent() {
        ForkedJvm.Result result = app().option("-XX:+EnableDynamicAgentLoading")
                .systemProperty("memoria.agent.jar", TestEnvironment.agentJar())
                .main(GreetingApp.class, "--install").run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(behaviour(result)).as(result.toString()).containsExactlyElementsOf(CACHED);
        assertThat(result.stderrLines()).as(result.toString())
                .noneMatch(line -> line.contains("WARNING"))
                .noneMatch(line -> line.startsWith("[memoria]"));
    }
}
