package dev.memoria.it.disk;

import dev.memoria.it.disk.apps.Catalogs;
import dev.memoria.it.support.ChildStderr;
import dev.memoria.it.support.ForkedJvm;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.memoria.it.disk.AppJvm.bodyRuns;
import static dev.memoria.it.disk.AppJvm.value;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code persist = DISK} across restarts: what one JVM computed, the next returns without running the body, equal
 * to what the body would return, whatever the value's shape and size.
 */
@DisplayName("Restarts: a persisted entry is returned by the next JVM without running the body")
class RestartIT {

    @TempDir
    Path cache;

    @Test
    @DisplayName("Records, lists, maps, nested arrays, null fields, a null result and an empty list come back equal")
    void valuesOfEveryShapeComeBackEqual() {
        String[] calls = {"catalog:north", "nothing:1", "empty"};

        ForkedJvm.Result first = AppJvm.app(Catalogs.class, cache, calls).run();
        ForkedJvm.Result second = AppJvm.app(Catalogs.class, cache, calls).run();

        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(bodyRuns(first)).as(first.toString()).containsExactly(calls);
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(bodyRuns(second)).as(second.toString()).isEmpty();
        for (ForkedJvm.Result run : new ForkedJvm.Result[] {first, second}) {
            assertThat(value(run, "catalog:north")).as(run.toString()).isEqualTo(Catalogs.expectedCatalog("north"));
            assertThat(value(run, "nothing:1")).as(run.toString()).isEqualTo("null");
            assertThat(value(run, "empty")).as(run.toString()).isEqualTo("java.util.ArrayList[]");
        }
        ChildStderr.assertChronicleUsedAnd(first);
        ChildStderr.assertChronicleUsedAnd(second);
    }

    @Test
    @DisplayName("Other arguments are not answered by a stored entry: a restart misses for them")
    void otherArgumentsStillMiss() {
        ForkedJvm.Result first = AppJvm.app(Catalogs.class, cache, "catalog:north").run();

        ForkedJvm.Result second = AppJvm.app(Catalogs.class, cache, "catalog:south", "catalog:north").run();

        assertThat(bodyRuns(second)).as(second.toString()).containsExactly("catalog:south");
        assertThat(value(second, "catalog:south")).isEqualTo(Catalogs.expectedCatalog("south"));
        ChildStderr.assertChronicleUsedAnd(first);
        ChildStderr.assertChronicleUsedAnd(second);
    }

    @Test
    @DisplayName("A 320 MB double[] goes to one blob file and comes back equal after a restart")
    void largeArrayComesBackEqualFromItsBlobFile() {
        int count = 40_000_000;
        String call = "samples:" + count;

        ForkedJvm.Result first = AppJvm.heavyApp(Catalogs.class, cache, "768m", call).run();

        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(CacheFiles.blobs(cache, "Catalogs.samples")).singleElement()
                .satisfies(blob -> assertThat(blob.toFile().length()).isGreaterThan(count * 8L));

        ForkedJvm.Result second = AppJvm.heavyApp(Catalogs.class, cache, "768m", call).run();

        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(bodyRuns(second)).as(second.toString()).isEmpty();
        assertThat(value(second, call)).isEqualTo(Catalogs.expectedSamples(count));
        assertThat(value(first, call)).isEqualTo(Catalogs.expectedSamples(count));
        ChildStderr.assertChronicleUsedAnd(first);
        ChildStderr.assertChronicleUsedAnd(second);
    }
}
