package dev.memoria.maven;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link AgentArgument}: the {@code -javaagent} argument prepare-agent writes into {@code argLine}. */
class AgentArgumentTest {

    private static final Path JAR = Path.of("/repo/memoria-agent-1.0-all.jar");

    @Test
    @DisplayName("without options it is the bare jar")
    void bare() {
        assertThat(AgentArgument.render(JAR, null, null)).isEqualTo("-javaagent:/repo/memoria-agent-1.0-all.jar");
    }

    @Test
    @DisplayName("options become the agent's cacheDir= and config=, as absolute paths")
    void options() {
        assertThat(AgentArgument.render(JAR, Path.of("/tmp/cache"), Path.of("/etc/app.rules")))
                .isEqualTo("-javaagent:/repo/memoria-agent-1.0-all.jar=cacheDir=/tmp/cache,config=/etc/app.rules");
    }

    @Test
    @DisplayName("an argument with a space is quoted, since Surefire splits argLine at spaces")
    void quoted() {
        assertThat(AgentArgument.render(Path.of("/my repo/agent.jar"), null, null))
                .isEqualTo("\"-javaagent:/my repo/agent.jar\"");
    }

    @Test
    @DisplayName("a path with a comma is refused, naming the parameter")
    void comma() {
        assertThatThrownBy(() -> AgentArgument.render(JAR, Path.of("/tmp/a,b"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The prepare-agent parameter <cacheDir> is /tmp/a,b: the agent separates its options with"
                            + " commas, so a path with a comma or a quote cannot be passed. Choose a path without one.");
    }

    @Test
    @DisplayName("the agent goes before the options already in argLine")
    void prepended() {
        assertThat(AgentArgument.prepend("-javaagent:a.jar", " -Xmx1g ")).isEqualTo("-javaagent:a.jar -Xmx1g");
        assertThat(AgentArgument.prepend("-javaagent:a.jar", null)).isEqualTo("-javaagent:a.jar");
    }
}
