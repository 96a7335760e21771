package dev.memoria.it.inputs;

import dev.memoria.it.disk.AppJvm;
import dev.memoria.it.inputs.apps.Inputs;
import dev.memoria.it.support.ForkedJvm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static dev.memoria.it.disk.AppJvm.bodyRuns;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Declared inputs ({@code inputs = ...}) under the real agent, in JVMs of their own: the current value of an
 * environment variable, a system property, a file or a glob's files joins the key, with {@code persist = DISK} across
 * restarts.
 */
@DisplayName("Declared inputs: their current values join the key")
class InputsIT {

    @TempDir
    Path cache;
    @TempDir
    Path work;

    private Path sales;

    @BeforeEach
    void writeData() throws IOException {
        sales = Files.createDirectories(work.resolve("data/2024")).getParent().resolve("sales.csv");
        Files.writeString(sales, "1\n2\n3\n");
        age(sales, 120);
    }

    /** A modification time well in the past: Memoria trusts a file's stamp only once it is older than 2 s. */
    private static void age(Path file, long secondsAgo) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(secondsAgo)));
    }

    private ForkedJvm app(String... calls) {
        return AppJvm.app(Inputs.class, cache, calls).workingDirectory(work);
    }

    private static ForkedJvm.Result ran(ForkedJvm jvm) {
        ForkedJvm.Result result = jvm.run();
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result;
    }

    @Test
    @DisplayName("env: the next JVM with the same value hits the disk entry; another value misses")
    void environmentVariableAcrossJvms() {
        ForkedJvm.Result north = ran(app("region", "region").environment("MEMORIA_IT_REGION", "north"));
        ForkedJvm.Result northAgain = ran(app("region").environment("MEMORIA_IT_REGION", "north"));
        ForkedJvm.Result south = ran(app("region").environment("MEMORIA_IT_REGION", "south"));

        assertThat(bodyRuns(north)).as(north.toString()).containsExactly("region");
        assertThat(bodyRuns(northAgain)).as(northAgain.toString()).isEmpty();
        assertThat(northAgain.lastLineAfter("region = ")).isEqualTo("sales of north");
        assertThat(bodyRuns(south)).as(south.toString()).containsExactly("region");
        assertThat(south.lastLineAfter("region = ")).isEqualTo("sales of south");
    }

    @Test
    @DisplayName("property: changing it misses, setting it back hits")
    void systemProperty() {
        ForkedJvm.Result result = ran(app("set-mode:fast", "mode", "mode", "set-mode:slow", "mode", "set-mode:fast",
                "mode"));

        assertThat(bodyRuns(result)).as(result.toString()).containsExactly("mode", "mode");
        assertThat(result.lastLineAfter("mode = ")).isEqualTo("mode fast");
    }

    @Test
    @DisplayName("file: a touch keeps the entry across a restart, an edit of the same size misses")
    void fileTouchedThenEdited() throws IOException {
        ForkedJvm.Result first = ran(app("total", "total"));
        age(sales, 60); // touched: a new modification time, the same bytes
        ForkedJvm.Result touched = ran(app("total"));
        Files.writeString(sales, "1\n2\n4\n");
        age(sales, 30);
        ForkedJvm.Result edited = ran(app("total"));

        assertThat(bodyRuns(first)).as(first.toString()).containsExactly("total");
        assertThat(bodyRuns(touched)).as(touched.toString()).isEmpty();
        assertThat(touched.lastLineAfter("total = ")).isEqualTo("6");
        assertThat(bodyRuns(edited)).as(edited.toString()).containsExactly("total");
        assertThat(edited.lastLineAfter("total = ")).isEqualTo("7");
    }

    @Test
    @DisplayName("glob: gaining a matching file misses, in the same JVM and after a restart it hits again")
    void globGainsAFile() {
        ForkedJvm.Result first = ran(app("count", "count", "add:data/2025/more.csv", "count", "add:data/notes.txt",
                "count"));
        ForkedJvm.Result restarted = ran(app("count"));

        assertThat(bodyRuns(first)).as(first.toString()).containsExactly("count", "count");
        assertThat(first.lastLineAfter("count = ")).isEqualTo("2");
        assertThat(bodyRuns(restarted)).as(restarted.toString()).isEmpty();
        assertThat(restarted.lastLineAfter("count = ")).isEqualTo("2");
    }
}
