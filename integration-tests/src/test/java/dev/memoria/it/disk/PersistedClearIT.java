package dev.memoria.it.disk;

import dev.memoria.it.disk.apps.Reports;
import dev.memoria.it.disk.apps.Values;
import dev.memoria.it.support.ChildStderr;
import dev.memoria.it.support.ForkedJvm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.memoria.it.disk.AppJvm.bodyRuns;
import static dev.memoria.it.disk.AppJvm.value;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clearing reaches the disk: entries cleared in one JVM are recomputed by the next, and their blob files are gone.
 * Each test starts from a copy of a cache directory in which a first JVM stored {@code summary} and {@code series}
 * for two regions; a second JVM clears; a third calls everything again.
 */
@DisplayName("Clearing persisted entries: a later JVM recomputes what was cleared")
class PersistedClearIT {

    private static final String[] EVERYTHING = {"summary:north", "summary:south", "series:north", "series:south"};

    @TempDir
    static Path filled;

    @TempDir
    Path temp;

    @BeforeAll
    static void fillTheCache() {
        ForkedJvm.Result run = AppJvm.app(Reports.class, filled, EVERYTHING).run();
        assertThat(bodyRuns(run)).as(run.toString()).containsExactly(EVERYTHING);
        assertThat(CacheFiles.blobs(filled, "Reports.series")).hasSize(2);
        ChildStderr.assertChronicleUsedAnd(run);
    }

    @Test
    @DisplayName("function(...).clear() drops every entry of that method and deletes its blob files; the other"
                 + " method keeps its entries")
    void clearDropsEveryEntryOfTheMethod() {
        Path cache = copy();
        ForkedJvm.Result clearing = AppJvm.app(Reports.class, cache, "series:north", "clear:series").run();

        assertThat(bodyRuns(clearing)).as(clearing.toString()).isEmpty();
        assertThat(CacheFiles.blobs(cache, "Reports.series")).isEmpty();
        assertThat(bodyRuns(everything(cache))).containsExactly("series:north", "series:south");
        ChildStderr.assertChronicleUsedAnd(clearing);
    }

    @Test
    @DisplayName("function(...).clear(args) drops only that entry and its blob file")
    void clearWithArgumentsDropsOneEntry() {
        Path cache = copy();
        ForkedJvm.Result clearing = AppJvm.app(Reports.class, cache, "series:north", "clear:series:north").run();

        assertThat(bodyRuns(clearing)).as(clearing.toString()).isEmpty();
        assertThat(CacheFiles.blobs(cache, "Reports.series")).hasSize(1);
        ForkedJvm.Result after = everything(cache);
        assertThat(bodyRuns(after)).containsExactly("series:north");
        assertThat(value(after, "series:north")).isEqualTo(Values.describe(Values.ramp(Reports.SERIES_LENGTH, 5)));
        ChildStderr.assertChronicleUsedAnd(clearing);
    }

    @Test
    @DisplayName("Memoria.clearData() drops the entries of every persisted method")
    void clearDataDropsEverything() {
        Path cache = copy();
        ForkedJvm.Result clearing = AppJvm.app(Reports.class, cache, "summary:north", "series:north", "clearData")
                .run();

        assertThat(bodyRuns(clearing)).as(clearing.toString()).isEmpty();
        assertThat(CacheFiles.blobs(cache, "Reports.series")).isEmpty();
        assertThat(bodyRuns(everything(cache))).containsExactly(EVERYTHING);
        ChildStderr.assertChronicleUsedAnd(clearing);
    }

    /** The same clears in a JVM that never called the methods: their entries exist only on disk. */
    @Nested
    @DisplayName("In a JVM that has not called the method")
    class NotYetCalled {

        @Test
        @DisplayName("function(...).clear() drops its persisted entries and blob files")
        void clearDropsEveryEntryOfTheMethod() {
            Path cache = copy();
            ForkedJvm.Result clearing = AppJvm.app(Reports.class, cache, "clear:series").run();

            assertThat(clearing.exitCode()).as(clearing.toString()).isZero();
            assertThat(CacheFiles.blobs(cache, "Reports.series")).isEmpty();
            assertThat(bodyRuns(everything(cache))).containsExactly("series:north", "series:south");
            ChildStderr.assertChronicleUsedAnd(clearing);
        }

        @Test
        @DisplayName("function(...).clear(args) drops that persisted entry and its blob file")
        void clearWithArgumentsDropsOneEntry() {
            Path cache = copy();
            ForkedJvm.Result clearing = AppJvm.app(Reports.class, cache, "clear:series:north").run();

            assertThat(clearing.exitCode()).as(clearing.toString()).isZero();
            assertThat(CacheFiles.blobs(cache, "Reports.series")).hasSize(1);
            assertThat(bodyRuns(everything(cache))).containsExactly("series:north");
            ChildStderr.assertChronicleUsedAnd(clearing);
        }

        @Test
        @DisplayName("Memoria.clearData() drops the persisted entries of every method")
        void clearDataDropsEverything() {
            Path cache = copy();
            ForkedJvm.Result clearing = AppJvm.app(Reports.class, cache, "clearData").run();

            assertThat(clearing.exitCode()).as(clearing.toString()).isZero();
            assertThat(CacheFiles.blobs(cache, "Reports.series")).isEmpty();
            assertThat(bodyRuns(everything(cache))).containsExactly(EVERYTHING);
            ChildStderr.assertChronicleUnusedAnd(clearing); // deleting folders no JVM has open needs no Chronicle Map
        }
    }

    private Path copy() {
        Path cache = temp.resolve("cache");
        CacheFiles.copy(filled, cache);
        return cache;
    }

    /** A later JVM calling every method and region; asserts that it ran cleanly. */
    private static ForkedJvm.Result everything(Path cache) {
        ForkedJvm.Result run = AppJvm.app(Reports.class, cache, EVERYTHING).run();
        assertThat(run.exitCode()).as(run.toString()).isZero();
        ChildStderr.assertChronicleUsedAnd(run);
        return run;
    }
}
