package dev.memoria.agent.cli;

import dev.memoria.internal.store.chronicle.ChronicleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.memoria.agent.cli.CacheFixture.INT_TO_OBJECT;
import static dev.memoria.agent.cli.CacheFixture.NEW;
import static dev.memoria.agent.cli.CacheFixture.OLD;
import static dev.memoria.agent.cli.Cli.at;
import static dev.memoria.agent.cli.Cli.listAt;
import static dev.memoria.agent.cli.Cli.objectAt;
import static org.assertj.core.api.Assertions.assertThat;

class ListCommandTest {

    @TempDir
    Path cache;

    private CacheFixture fixture() {
        return new CacheFixture(cache);
    }

    @Test
    void listsEachMethodWithItsVersionsForPeople() {
        fixture().storeReports(OLD, "one", new double[100_000]).storeReports(NEW, "two")
                .store("example.Totals", "sum", "()J", NEW, 42L);

        Cli.Run list = Cli.run("list", cache);

        assertThat(list.exitCode()).as("%s", list).isZero();
        assertThat(list.err()).isEmpty();
        List<String> lines = list.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Cache directory " + cache);
        assertThat(lines).contains("example.Reports.load(int)", "example.Totals.sum()");
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .matches("  VERSION +CREATED +ENTRIES +SIZE +OLDEST WRITE +NEWEST WRITE +STATUS"));
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .matches("  aaaaaaaa  [-0-9]{10} [:0-9]{5} +2 +78\\d\\.\\d KiB  [-0-9]{10} [:0-9]{5}  [-0-9]{10} [:0-9]{5}"));
        assertThat(lines).anySatisfy(line -> assertThat(line).matches("  bbbbbbbb .* 1 +\\d+ B .*  newest"));
    }

    @Test
    void jsonHoldsRawNumbersAndIsoTimes() {
        fixture().storeReports(OLD, "one", new double[100_000]).storeReports(NEW, "two");

        Cli.Run list = Cli.run("list", cache, "--json");

        assertThat(list.exitCode()).as("%s", list).isZero();
        Map<String, Object> json = list.json();
        assertThat(at(json, "directory")).isEqualTo(cache.toString());
        assertThat(at(json, "methods", 0, "method")).isEqualTo("example.Reports.load(int)");
        assertThat(at(json, "methods", 0, "signature")).isEqualTo("example.Reports.load" + INT_TO_OBJECT);
        Map<String, Object> old = objectAt(json, "methods", 0, "versions", 0);
        assertThat(old).containsEntry("fingerprint", OLD).containsEntry("newest", false)
                .containsEntry("readable", true).containsEntry("inUse", false).containsEntry("entries", 2L);
        assertThat((Long) old.get("bytes")).isGreaterThan(800_000L);
        assertThat((String) old.get("configuration")).contains("persist=DISK");
        Instant created = Instant.parse((String) old.get("created"));
        Instant oldest = Instant.parse((String) old.get("oldestWrite"));
        assertThat(oldest).isAfterOrEqualTo(created.minusSeconds(1))
                .isBeforeOrEqualTo(Instant.parse((String) old.get("newestWrite")));
        assertThat(objectAt(json, "methods", 0, "versions", 1))
                .containsEntry("fingerprint", NEW).containsEntry("newest", true).containsEntry("entries", 1L);
    }

    @Test
    void showsWhichVersionsARunningJvmHasOpen() {
        fixture().storeReports(OLD, "one");
        ChronicleStore open = fixture().openReports(NEW);
        try {
            Cli.Run list = Cli.run("list", cache);
            assertThat(list.out()).containsPattern("bbbbbbbb .* newest, in use\n");
            assertThat(list.out()).containsPattern("aaaaaaaa [^\n]*[0-9]\n");
            assertThat(at(Cli.run("list", cache, "--json").json(), "methods", 0, "versions", 1, "inUse"))
                    .isEqualTo(true);
        } finally {
            open.close();
        }
    }

    @Test
    void anEmptyVersionHasNoWriteTimes() {
        fixture().openReports(OLD).close();

        Map<String, Object> version = objectAt(Cli.run("list", cache, "--json").json(), "methods", 0, "versions", 0);
        assertThat(version).containsEntry("entries", 0L).containsEntry("oldestWrite", null)
                .containsEntry("newestWrite", null);
        assertThat(Cli.run("list", cache).out()).containsPattern("aaaaaaaa .* 0 +0 B  -  +-  +newest");
    }

    @Test
    void anEmptyDirectoryHoldsNothing() {
        Cli.Run list = Cli.run("list", cache);

        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).isEqualTo("No persisted entries in " + cache + ".\n");
        assertThat(listAt(Cli.run("list", cache, "--json").json(), "methods")).isEmpty();
    }

    @Test
    void anUnreadableVersionIsReportedAndTheOthersListed() {
        fixture().storeReports(OLD, "one").storeReports(NEW, "two");
        fixture().breakIndex(OLD);

        Cli.Run list = Cli.run("list", cache);

        assertThat(list.exitCode()).isEqualTo(MemoriaCli.EXIT_PROBLEM);
        assertThat(list.out()).containsPattern("aaaaaaaa .* unreadable\n").containsPattern("bbbbbbbb .* newest\n");
        assertThat(list.err()).startsWith("Code version aaaaaaaa of example.Reports.load(int) could not be read or"
                        + " changed (" + fixture().versionDirectory(OLD) + "): FileNotFoundException: ")
                .contains("If they are damaged, `clear 'example.Reports.load(int)'` deletes the method's stored"
                          + " entries.")
                .doesNotContain("\tat ");
        Cli.Run json = Cli.run("list", cache, "--json");
        assertThat(json.exitCode()).isEqualTo(MemoriaCli.EXIT_PROBLEM);
        assertThat(objectAt(json.json(), "methods", 0, "versions", 0))
                .containsEntry("readable", false).containsEntry("entries", null).containsEntry("inUse", null);
        assertThat(at(json.json(), "methods", 0, "versions", 1, "entries")).isEqualTo(1L);
    }
}
