package dev.memoria.agent;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The launcher's side is run by ExecutableJarIT in integration-tests, with java -jar. */
class LauncherAgentTest {

    @Test
    void aCallFromAnywhereButTheJavaLauncherIsAnAttach() {
        assertThat(LauncherAgent.isStartingTheApplication()).isFalse();
    }
}
