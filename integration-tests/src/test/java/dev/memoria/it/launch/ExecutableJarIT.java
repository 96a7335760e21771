package dev.memoria.it.launch;

import dev.memoria.it.apps.GreetingApp;
import dev.memoria.it.support.ForkedJvm;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.memoria.it.launch.GreetingAppRuns.CACHED;
import static dev.memoria.it.launch.GreetingAppRuns.behaviour;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar app.jar}, no flag: the JVM starts the agent named by the jar's {@code Launcher-Agent-Class} before
 * it loads the main class, so every class is rewritten as it loads, and nothing is attached: the JDK prints no warning
 * on Java 21+. Both packagings of the README, built here as its Maven snippets build them ({@link ExecutableJars}).
 */
@DisplayName("java -jar: an executable jar whose manifest names the agent in Launcher-Agent-Class")
class ExecutableJarIT {

    @TempDir
    Path directory;

    @Test
    @DisplayName("A thin jar with the agent in lib/ (maven-jar-plugin): cached bodies run once, stderr stays empty")
    void thinJarWithTheAgentBesideIt() {
        runsCachedAndSilently(ExecutableJars.thin(directory));
    }

    @Test
    @DisplayName("An uber jar holding the agent's classes (maven-shade-plugin): cached bodies run once, stderr stays"
                 + " empty")
    void uberJarWithTheAgentInside() {
        runsCachedAndSilently(ExecutableJars.uber(directory));
    }

    private static void runsCachedAndSilently(Path jar) {
        ForkedJvm.Result result = ForkedJvm.java().jar(jar).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(behaviour(result)).as("%s runs %s cached:%n%s", jar.getFileName(), GreetingApp.class.getName(),
                result).containsExactlyElementsOf(CACHED);
        assertThat(result.stderr()).as(result.toString()).isEmpty();
    }
}
