package dev.memoria.it.launch;

import dev.memoria.it.apps.GreetingApp;
import dev.memoria.it.support.ForkedJvm;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static dev.memoria.it.launch.GreetingAppRuns.CACHED;
import static dev.memoria.it.launch.GreetingAppRuns.UNCACHED;
import static dev.memoria.it.launch.GreetingAppRuns.app;
import static dev.memoria.it.launch.GreetingAppRuns.behaviour;
import static org.assertj.core.api.Assertions.assertThat;

/** The agent on the command line: {@code java -javaagent:memoria-agent.jar[=options] ...}, in a JVM of its own. */
@DisplayName("-javaagent: an application started with the agent, with its options, and without it")
class JavaAgentLaunchIT {

    @Test
    @DisplayName("With -javaagent, cached bodies run once, and stderr has no WARNING and no [memoria] line")
    void cachesWithTheAgentOnTheCommandLine() {
        ForkedJvm.Result result = app().withAgent().main(GreetingApp.class).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(behaviour(result)).as(result.toString()).containsExactlyElementsOf(CACHED);
        assertThat(result.stderrLines()).as(result.toString())
                .noneMatch(line -> line.contains("WARNING"))
                .noneMatch(line -> line.startsWith("[memoria]"));
    }

    @Test
    @DisplayName("Without the agent, the annotations do nothing: bodies run on every call")
    void annotationsAreInertWithoutTheAgent() {
        ForkedJvm.Result result = app().main(GreetingApp.class).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(behaviour(result)).as(result.toString()).containsExactlyElementsOf(UNCACHED);
    }

    @Test
    @DisplayName("-javaagent:memoria-agent.jar=disabled runs every body on every call, silently")
    void disabledOptionTurnsCachingOff() {
        ForkedJvm.Result result = app().withAgent("disabled").main(GreetingApp.class).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(behaviour(result)).as(result.toString()).containsExactlyElementsOf(UNCACHED);
        assertThat(result.stderr()).as(result.toString()).isEmpty();
    }

    @Test
    @DisplayName("-Dmemoria.disabled=true turns caching off as the agent option does")
    void disabledPropertyTurnsCachingOff() {
        ForkedJvm.Result result = app().withAgent().systemProperty("memoria.disabled", "true")
                .main(GreetingApp.class).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(behaviour(result)).as(result.toString()).containsExactlyElementsOf(UNCACHED);
    }

    @Test
    @DisplayName("An unknown agent option is reported on stderr, naming it and the known ones; the app still runs,"
                 + " uncached")
    void unknownOptionIsReportedAndTheAppRuns() {
        ForkedJvm.Result result = app().withAgent("disabeld").main(GreetingApp.class).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stderrLines()).as(result.toString())
                .filteredOn(line -> line.startsWith("[memoria] "))
                .singleElement().asString()
                .contains("Unknown Memoria agent option 'disabeld'")
                .contains("cacheDir=<directory>, config=<rules file>, disabled")
                .contains("Memoria is not active");
        assertThat(behaviour(result)).as(result.toString()).containsExactlyElementsOf(UNCACHED);
    }
}
