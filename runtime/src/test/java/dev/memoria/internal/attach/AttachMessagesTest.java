package dev.memoria.internal.attach;

import dev.memoria.internal.report.Messages;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@code Memoria.install()} says about an attach the JDK warns about or refuses. */
class AttachMessagesTest {

    @Test
    void theExplanationSaysWhyTheJdkWarnsAndEveryWayToAvoidIt() {
        String explanation = Messages.beforeJdkAttachWarning(
                Path.of("lib", "memoria-agent.jar").toAbsolutePath().toString(), AgentJar.AGENT_CLASS);

        assertThat(explanation.lines()).hasSize(4);
        assertThat(explanation).contains("Since Java 21", "JEP 451", "caching works",
                "-javaagent:" + Path.of("lib", "memoria-agent.jar").toAbsolutePath(),
                "\"Launcher-Agent-Class: dev.memoria.agent.MemoriaAgent\"",
                "-XX:+EnableDynamicAgentLoading on the command line");
    }

    @Test
    void theRefusalNamesTheFlagItsEffectAndTheFixes() {
        String refusal = Messages.attachForbidden(AgentJar.AGENT_CLASS);

        assertThat(refusal.lines()).hasSize(4);
        assertThat(refusal).contains("-XX:-EnableDynamicAgentLoading, which forbids", "cached methods run uncached",
                "-javaagent:/path/to/memoria-agent.jar", "\"Launcher-Agent-Class: dev.memoria.agent.MemoriaAgent\"",
                "remove -XX:-EnableDynamicAgentLoading");
    }
}
