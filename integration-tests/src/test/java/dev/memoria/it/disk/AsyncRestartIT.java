package dev.memoria.it.disk;

import dev.memoria.it.disk.apps.AsyncQuotes;
import dev.memoria.it.support.ForkedJvm;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.memoria.it.disk.AppJvm.bodyRuns;
import static dev.memoria.it.disk.AppJvm.value;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code persist = DISK} on an asynchronous method stores the completed value, which a restarted JVM reads back. */
@DisplayName("persist = DISK on a method returning CompletableFuture: the completed value survives a restart")
class AsyncRestartIT {

    @TempDir
    Path cache;

    @Test
    @DisplayName("the next JVM gets the first JVM's completed value without running the body")
    void completedValueSurvivesARestart() {
        ForkedJvm.Result writer = AppJvm.app(AsyncQuotes.class, cache, "ACME").run();
        ForkedJvm.Result reader = AppJvm.app(AsyncQuotes.class, cache, "ACME", "INIT").run();

        assertThat(bodyRuns(writer)).as(writer.toString()).containsExactly("quote:ACME");
        assertThat(bodyRuns(reader)).as(reader.toString()).containsExactly("quote:INIT");
        assertThat(value(reader, "quote:ACME")).as(reader.toString()).isEqualTo(value(writer, "quote:ACME"));
    }
}
