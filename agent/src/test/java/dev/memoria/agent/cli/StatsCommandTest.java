package dev.memoria.agent.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static dev.memoria.agent.cli.CacheFixture.NEW;
import static dev.memoria.agent.cli.CacheFixture.OLD;
import static dev.memoria.agent.cli.Cli.at;
import static dev.memoria.agent.cli.Cli.listAt;
import static dev.memoria.agent.cli.Cli.objectAt;
import static org.assertj.core.api.Assertions.assertThat;

class StatsCommandTest {

    @TempDir
    Path cache;

    @Test
    void countsTotalsAndPerMethodForPeople() {
        new CacheFixture(cache).storeReports(OLD, "one", new double[100_000]).storeReports(NEW, "two")
                .store("example.Totals", "sum", "()J", NEW, 42L);

        Cli.Run stats = Cli.run("stats", cache);

        assertThat(stats.exitCode()).as("%s", stats).isZero();
        assertThat(stats.out().lines().toList()).startsWith("Cache directory " + cache)
                .anySatisfy(line -> assertThat(line).matches(
                        "  2 methods, 3 code versions, 4 entries, 78\\d\\.\\d KiB stored, \\d+\\.\\d [KM]iB on disk"))
                .anySatisfy(line -> assertThat(line).matches("  METHOD +VERSIONS +ENTRIES +STORED +ON DISK"))
                .anySatisfy(line -> assertThat(line).matches("  example\\.Reports\\.load\\(int\\) +2 +3 +78\\d\\.\\d KiB"
                                                             + " +\\d+\\.\\d [KM]iB"))
                .anySatisfy(line -> assertThat(line).matches("  example\\.Totals\\.sum\\(\\) +1 +1 +\\d+ B +\\d+\\.\\d KiB"));
    }

    @Test
    void jsonCountsBytesOnDiskAsAllocatedNotAsFileLengths() throws IOException {
        new CacheFixture(cache).storeReports(OLD, "one", new double[100_000]).storeReports(NEW, "two");

        Map<String, Object> json = Cli.run("stats", cache, "--json").json();

        assertThat(objectAt(json, "totals")).containsEntry("methods", 1L).containsEntry("versions", 2L)
                .containsEntry("entries", 3L);
        long bytes = (Long) at(json, "totals", "bytes");
        long onDisk = (Long) at(json, "totals", "bytesOnDisk");
        assertThat(bytes).isGreaterThan(800_000L);
        // the index files are long but sparse: what they take is far less than their lengths
        assertThat(onDisk).isGreaterThan(bytes).isLessThan(fileLengths(cache) / 4);
        assertThat(listAt(json, "methods")).hasSize(1);
        assertThat(objectAt(json, "methods", 0)).containsEntry("method", "example.Reports.load(int)")
                .containsEntry("versions", 2L).containsEntry("entries", 3L).containsEntry("bytes", bytes)
                .containsEntry("bytesOnDisk", onDisk);
    }

    @Test
    void anEmptyDirectoryCountsZero() {
        Cli.Run stats = Cli.run("stats", cache);

        assertThat(stats.out()).isEqualTo("Cache directory " + cache + "\n"
                + "  0 methods, 0 code versions, 0 entries, 0 B stored, 0 B on disk\n");
        assertThat(objectAt(Cli.run("stats", cache, "--json").json(), "totals")).containsEntry("methods", 0L)
                .containsEntry("bytesOnDisk", 0L);
    }

    @Test
    void anUnreadableVersionCountsOnlyOnDisk() {
        CacheFixture fixture = new CacheFixture(cache).storeReports(OLD, "one").storeReports(NEW, "two", "three");
        fixture.breakIndex(OLD);

        Cli.Run stats = Cli.run("stats", cache, "--json");

        assertThat(stats.exitCode()).isEqualTo(MemoriaCli.EXIT_PROBLEM);
        assertThat(stats.err()).startsWith("Code version aaaaaaaa of example.Reports.load(int) could not be read");
        assertThat(objectAt(stats.json(), "totals")).containsEntry("versions", 2L).containsEntry("entries", 2L);
    }

    private static long fileLengths(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }
}
