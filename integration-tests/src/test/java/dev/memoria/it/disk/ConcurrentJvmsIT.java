package dev.memoria.it.disk;

import dev.memoria.it.disk.apps.Sharer;
import dev.memoria.it.support.ChildStderr;
import dev.memoria.it.support.ForkedJvm;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two JVMs using one cache directory at the same time, as two instances of an application (or an application and the
 * command-line tool) would. They neither corrupt it nor recompute what the other has stored.
 */
@DisplayName("Two JVMs at once on one cache directory")
class ConcurrentJvmsIT {

    @TempDir
    Path cache;

    @Test
    @DisplayName("Both get the same 600 keys at the same time, then 300 keys of their own each: no error, no wrong"
                 + " value; then each finds the other's keys stored and runs no body")
    void twoJvmsShareOneCacheDirectory() {
        try (ForkedJvm.Running first = AppJvm.app(Sharer.class, cache, "1").start();
             ForkedJvm.Running second = AppJvm.app(Sharer.class, cache, "2").start()) {
            first.awaitLine("ready");
            second.awaitLine("ready");

            first.send("get 0 600");
            second.send("get 0 600");
            first.awaitLine("done 1");
            second.awaitLine("done 1");
            first.send("get 600 900");
            second.send("get 900 1200");
            first.awaitLine("done 2");
            second.awaitLine("done 2");
            first.send("get 900 1200");
            second.send("get 600 900");
            first.awaitLine("done 3");
            second.awaitLine("done 3");
            first.send("exit");
            second.send("exit");

            for (ForkedJvm.Result result : List.of(first.await(), second.await())) {
                assertThat(result.exitCode()).as(result.toString()).isZero();
                List<String> lines = result.stdoutLines();
                assertThat(lines).as(result.toString()).filteredOn(line -> line.startsWith("cell:")).hasSize(1200)
                        .allMatch(line -> line.endsWith(" = ok"));
                List<String> thirdRound = lines.subList(lines.indexOf("done 2"), lines.size());
                assertThat(thirdRound).as("the third round reads keys only the other JVM stored%n%s", result)
                        .noneMatch(line -> line.startsWith("ran "));
                ChildStderr.assertChronicleUsedAnd(result);
            }
        }
    }
}
