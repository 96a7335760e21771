package dev.memoria.it.replay;

import dev.memoria.it.disk.AppJvm;
import dev.memoria.it.support.ChildStderr;
import dev.memoria.it.support.ForkedJvm;
import dev.memoria.ui.St;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.memoria.it.disk.AppJvm.bodyRuns;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Element replay across restarts: a {@code persist = DISK} entry keeps the UI calls its computation made, so a JVM
 * that hits it after a restart draws the same page without running the body.
 */
@DisplayName("Element replay after a restart: a persisted entry draws what its computation drew")
class PersistedReplayIT {

    private static final String PLACED = "[main.0:before, main.1:hello 1, main.2:after, sidebar.0:sidebar 1]";

    @TempDir
    Path cache;

    @Test
    @DisplayName("JVM 2 hits the entry JVM 1 stored, runs no body, and shows the same texts in the same places")
    void theNextJvmDrawsThePageWithoutRunningTheBody() {
        ForkedJvm.Result first = app().run();
        ForkedJvm.Result second = app().run();

        for (ForkedJvm.Result run : new ForkedJvm.Result[] {first, second}) {
            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.lastLineAfter("greeting:1 = ")).as(run.toString()).isEqualTo("2");
            assertThat(run.lastLineAfter("placed = ")).as(run.toString()).isEqualTo(PLACED);
            ChildStderr.assertChronicleUsedAnd(run);
        }
        assertThat(bodyRuns(first)).as(first.toString()).containsExactly("greeting:1");
        assertThat(bodyRuns(second)).as(second.toString()).isEmpty();
    }

    /** The app under the agent, with memoria-ui on its class path and the test's cache directory. */
    private ForkedJvm app() {
        return AppJvm.app(PersistedDrawingApp.class, cache).classPathOf(St.class);
    }
}
