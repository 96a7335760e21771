package dev.memoria.it.explain;

import dev.memoria.it.disk.AppJvm;
import dev.memoria.it.disk.CacheFiles;
import dev.memoria.it.explain.apps.Shipments;
import dev.memoria.it.support.ForkedJvm;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.memoria.it.disk.AppJvm.bodyRuns;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code explain} of an entry dropped as damaged, in a JVM that opens a cache directory a first JVM filled and a test
 * then damaged: {@code DAMAGED}, naming what was wrong, until the entry is computed again.
 */
@DisplayName("explain(args) of a persisted entry dropped as damaged")
class DamagedEntryIT {

    @TempDir
    Path cache;

    @Test
    @DisplayName("A flipped byte in its blob: explain, before the call, says DAMAGED and names the failed"
                 + " authentication; the call recomputes; explain then says HIT")
    void tamperedBlob() throws IOException {
        ForkedJvm.Result first = AppJvm.app(Shipments.class, cache, "readings:2").run();
        assertThat(bodyRuns(first)).as(first.toString()).containsExactly("readings:2");
        List<Path> blobs = CacheFiles.blobs(cache, "Shipments.readings");
        assertThat(blobs).as("the one entry is a blob file").hasSize(1);
        CacheFiles.flipByte(blobs.get(0), Files.size(blobs.get(0)) / 2);

        // readings:3 binds the method in the new JVM without reading the damaged entry
        ForkedJvm.Result next = AppJvm.app(Shipments.class, cache, "readings:3", "explain:readings:2", "readings:2",
                "explain:readings:2").run();

        assertThat(bodyRuns(next)).as(next.toString()).containsExactly("readings:3", "readings:2");
        assertThat(next.stdoutLines()).as(next.toString()).containsSubsequence(
                "explain readings:2 = DAMAGED | read from disk, it fails its authentication: it was altered, or moved"
                + " there from another argument key, method, code version or cache directory",
                "readings:2 = 200000 readings, sum " + Shipments.expectedSum(2),
                "explain readings:2 = HIT | ");
    }

    @Test
    @DisplayName("A value of a class its declared type does not name: after the call, whose recompute fails, explain"
                 + " says DAMAGED and names the class; once computed again, HIT")
    void classOutsideTheAllowList() {
        ForkedJvm.Result first = AppJvm.app(Shipments.class, cache, "cargo:1").run();
        assertThat(first.stdoutLines()).as(first.toString())
                .containsExactly("ran cargo:1", "cargo:1 = Crate[number=1]");

        ForkedJvm.Result next = AppJvm.app(Shipments.class, cache, "closed", "cargo:1", "explain:cargo:1", "open",
                "cargo:1", "explain:cargo:1").run();

        assertThat(next.stdoutLines()).as(next.toString()).containsExactly(
                "ran cargo:1",
                "cargo:1 failed: the warehouse is closed",
                "explain cargo:1 = DAMAGED | it holds a " + Shipments.Crate.class.getName() + ", which is not among"
                + " the types " + Shipments.class.getName() + ".cargo(int) declares: a value read back from disk must"
                + " be of its method's declared return type and may only contain the classes that type names (with"
                + " their fields), and JDK value types. Declare the concrete type, or make the interface sealed",
                "ran cargo:1",
                "cargo:1 = Crate[number=1]",
                "explain cargo:1 = HIT | ");
    }
}
