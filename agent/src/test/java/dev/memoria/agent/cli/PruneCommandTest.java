package dev.memoria.agent.cli;

import dev.memoria.agent.fingerprint.ClassSource;
import dev.memoria.agent.fingerprint.Fingerprinter;
import dev.memoria.internal.store.chronicle.ChronicleStore;
import dev.memoria.internal.time.Clock;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static dev.memoria.agent.cli.CacheFixture.INT_TO_OBJECT;
import static dev.memoria.agent.cli.CacheFixture.NEW;
import static dev.memoria.agent.cli.CacheFixture.OLD;
import static dev.memoria.agent.cli.Cli.at;
import static dev.memoria.agent.cli.Cli.objectAt;
import static org.assertj.core.api.Assertions.assertThat;

class PruneCommandTest {

    private static final String OLDEST = "99999999000000000000000000000000";

    @TempDir
    Path cache;

    private CacheFixture fixture() {
        return new CacheFixture(cache);
    }

    @Nested
    class ByDefault {

        @Test
        void removesEveryVersionButTheNewest() {
            fixture().storeReports(OLDEST, "zero").storeReports(OLD, "one", "two").storeReports(NEW, "three");

            Cli.Run prune = Cli.run("prune", cache);

            assertThat(prune.exitCode()).as("%s", prune).isZero();
            assertThat(prune.out()).isEqualTo("""
                    example.Reports.load(int)
                      ACTION   VERSION   ENTRIES  WHY
                      removed  99999999        1  older code version
                      removed  aaaaaaaa        2  older code version
                      kept     bbbbbbbb        -  newest

                    Removed 2 code versions and 3 entries.
                    """);
            assertThat(Cli.run("list", cache).out()).doesNotContain("99999999", "aaaaaaaa").contains("bbbbbbbb");
        }

        @Test
        void dryRunShowsWhatWouldGoAndRemovesNothing() {
            fixture().storeReports(OLD, "one", "two").storeReports(NEW, "three");

            Cli.Run prune = Cli.run("prune", cache, "--dry-run");

            assertThat(prune.exitCode()).isZero();
            assertThat(prune.out()).contains("  would remove  aaaaaaaa        2  older code version\n",
                    "Would remove 1 code version and 2 entries; nothing was changed (--dry-run).\n");
            assertThat(fixture().versionDirectory(OLD)).exists();
        }

        @Test
        void leavesAloneAVersionARunningJvmHasOpen() {
            fixture().storeReports(OLD, "one").storeReports(NEW, "two");
            ChronicleStore open = fixture().openReports(OLD);
            try {
                Cli.Run prune = Cli.run("prune", cache);

                assertThat(prune.exitCode()).isZero();
                assertThat(prune.out()).contains("  in use  aaaaaaaa        -  a running JVM has it open\n",
                        "Removed 0 code versions and 0 entries.\n", "Left alone: 1 code version in use by a running"
                        + " JVM; prune again once that JVM has stopped.\n");
                assertThat(open.entries()).isEqualTo(1);
                assertThat(Cli.run("prune", cache, "--dry-run").out()).contains("  in use  aaaaaaaa",
                        "Would leave alone: 1 code version in use by a running JVM.\n");
            } finally {
                open.close();
            }
            assertThat(Cli.run("prune", cache).out()).contains("  removed  aaaaaaaa        1");
        }

        @Test
        void jsonReportsEachVersionAndTheTotals() {
            fixture().storeReports(OLD, "one", "two").storeReports(NEW, "three");

            Cli.Run prune = Cli.run("prune", cache, "--json");

            assertThat(prune.json()).containsEntry("dryRun", false).containsEntry("criterion", "newest")
                    .containsEntry("cutoff", null).containsEntry("classPath", null)
                    .containsEntry("versionsRemoved", 1L).containsEntry("entriesRemoved", 2L)
                    .containsEntry("versionsInUse", 0L);
            assertThat(objectAt(prune.json(), "methods", 0)).containsEntry("method", "example.Reports.load(int)")
                    .containsEntry("note", null);
            assertThat(objectAt(prune.json(), "methods", 0, "versions", 0)).containsEntry("fingerprint", OLD)
                    .containsEntry("action", "removed").containsEntry("why", "older code version")
                    .containsEntry("entriesRemoved", 2L);
            assertThat(objectAt(prune.json(), "methods", 0, "versions", 1)).containsEntry("action", "kept")
                    .containsEntry("entriesRemoved", 0L);
        }

        @Test
        void anUnreadableOldVersionIsStillRemoved() {
            fixture().storeReports(OLD, "one").storeReports(NEW, "two");
            fixture().breakIndex(OLD);

            Cli.Run prune = Cli.run("prune", cache, "--json");

            assertThat(prune.exitCode()).as("%s", prune).isZero();
            assertThat(objectAt(prune.json(), "methods", 0, "versions", 0)).containsEntry("action", "removed")
                    .containsEntry("entriesRemoved", null);
        }
    }

    @Nested
    class OlderThan {

        private final AtomicLong nanos = new AtomicLong();
        /** The stores' clock: "now" for the entries written last, as for the tool. */
        private final Clock clock = Clock.following(nanos::get);

        /** Entries "old" and "new" in each of two versions, written two days apart: the new ones now. */
        private void fillTwoDaysApart() {
            CacheFixture fixture = new CacheFixture(cache, clock);
            ChronicleStore old = fixture.openReports(OLD);
            ChronicleStore current = fixture.openReports(NEW);
            nanos.set(-Duration.ofDays(2).toNanos());
            CacheFixture.put(old, 0, "old");
            CacheFixture.put(current, 0, "old");
            nanos.set(0);
            CacheFixture.put(old, 1, "new");
            CacheFixture.put(current, 1, "new");
            old.close();
            current.close();
        }

        @Test
        void anAgeRemovesTheEntriesWrittenBeforeItInEveryVersion() {
            fillTwoDaysApart();

            Cli.Run prune = Cli.run("prune", cache, "--older-than", "1d");

            assertThat(prune.exitCode()).as("%s", prune).isZero();
            assertThat(prune.out()).containsPattern("  trimmed  aaaaaaaa        1  written before [-0-9]{10} [:0-9]{5}\n")
                    .containsPattern("  trimmed  bbbbbbbb        1  written before")
                    .endsWith("Removed 0 code versions and 2 entries.\n");
            assertThat(at(Cli.run("stats", cache, "--json").json(), "totals", "entries")).isEqualTo(2L);
        }

        @Test
        void aDateOrTimeIsACutoffToo() {
            fillTwoDaysApart();
            Instant now = Instant.ofEpochMilli(clock.currentTimeMillis());

            assertThat(Cli.run("prune", cache, "--older-than", "2000-01-01").out())
                    .contains("  kept    aaaaaaaa        -  nothing written before 2000-01-01 00:00\n")
                    .endsWith("Removed 0 code versions and 0 entries.\n");
            Cli.Run prune = Cli.run("prune", cache, "--older-than", now.minus(Duration.ofDays(1)).toString(), "--json");
            assertThat(prune.json()).containsEntry("criterion", "olderThan")
                    .containsEntry("cutoff", now.minus(Duration.ofDays(1)).toString())
                    .containsEntry("entriesRemoved", 2L).containsEntry("versionsRemoved", 0L);
            assertThat(objectAt(prune.json(), "methods", 0, "versions", 0)).containsEntry("action", "trimmed")
                    .containsEntry("entriesRemoved", 1L);
        }

        @Test
        void dryRunCountsWithoutRemoving() {
            fillTwoDaysApart();

            Cli.Run prune = Cli.run("prune", cache, "--older-than", "36h", "--dry-run");

            assertThat(prune.out()).contains("  would trim  aaaaaaaa        1  written before")
                    .endsWith("Would remove 0 code versions and 2 entries; nothing was changed (--dry-run).\n");
            assertThat(at(Cli.run("stats", cache, "--json").json(), "totals", "entries")).isEqualTo(4L);
        }

        @Test
        void aCutoffThatIsNeitherDateTimeNorAgeIsAUsageError() {
            fixture().storeReports(OLD, "one");

            Cli.Run prune = Cli.run("prune", cache, "--older-than", "yesterday");

            assertThat(prune.exitCode()).isEqualTo(MemoriaCli.EXIT_PROBLEM);
            assertThat(prune.err()).startsWith("Invalid value for option '--older-than': 'yesterday' is not a date, a"
                    + " time or an age. Write a date (2026-11-01, ");
            assertThat(prune.out()).isEmpty();
        }
    }

    @Nested
    class ClassPath {

        private final Path testClasses = classPathRootOf(CurrentReports.class);
        private final String owner = CurrentReports.class.getName();

        /** The fingerprint the agent computes for {@code CurrentReports.load} when the application loads it. */
        private String agentFingerprint() throws IOException {
            String internalName = owner.replace('.', '/');
            byte[] classFile;
            try (InputStream in = CurrentReports.class.getResourceAsStream("CurrentReports.class")) {
                classFile = in.readAllBytes();
            }
            ClassSource classes = ClassSource.forClassLoader(CurrentReports.class.getClassLoader(), internalName);
            String method = "load" + INT_TO_OBJECT;
            return new Fingerprinter(classes).fingerprints(classFile, List.of(method)).get(method);
        }

        @Test
        void keepsExactlyTheVersionsOfTheCodeOnTheClassPath() throws IOException {
            String current = agentFingerprint();
            fixture().store(owner, "load", INT_TO_OBJECT, current, "current")
                    .store(owner, "load", INT_TO_OBJECT, NEW, "edited since, or reverted")
                    .store(owner, "gone", INT_TO_OBJECT, NEW, "removed method")
                    .store("example.Elsewhere", "load", INT_TO_OBJECT, OLD, "not on the class path");

            Cli.Run prune = Cli.run("prune", cache, "--classpath", testClasses.toString());

            assertThat(prune.exitCode()).as("%s", prune).isZero();
            assertThat(prune.out()).contains("""
                    dev.memoria.agent.cli.CurrentReports.gone(int)
                      dev.memoria.agent.cli.CurrentReports on the class path no longer declares it.
                      ACTION   VERSION   ENTRIES  WHY
                      removed  bbbbbbbb        1  method no longer declared
                    """, """
                    dev.memoria.agent.cli.CurrentReports.load(int)
                      ACTION   VERSION   ENTRIES  WHY
                      kept     %s        -  the code on the class path
                      removed  bbbbbbbb        1  not the code on the class path
                    """.formatted(current.substring(0, 8)), """
                    example.Elsewhere.load(int)
                      Kept: class example.Elsewhere is not on the class path.
                      ACTION  VERSION   ENTRIES  WHY
                      kept    aaaaaaaa        -  class not on the class path
                    """).endsWith("Removed 2 code versions and 2 entries.\n");
            Map<String, Object> json = Cli.run("list", cache, "--json").json();
            assertThat(at(json, "methods", 0, "versions", 0, "fingerprint")).isEqualTo(current);
            assertThat(at(json, "methods", 1, "method")).isEqualTo("example.Elsewhere.load(int)");
        }

        @Test
        void jsonNamesTheClassPathAndTheNotes() throws IOException {
            fixture().store(owner, "load", INT_TO_OBJECT, agentFingerprint(), "current")
                    .store("example.Elsewhere", "load", INT_TO_OBJECT, OLD, "not on the class path");

            Cli.Run prune = Cli.run("prune", cache, "--classpath", testClasses.toString(), "--json", "--dry-run");

            assertThat(prune.json()).containsEntry("criterion", "classPath").containsEntry("dryRun", true)
                    .containsEntry("classPath", List.of(testClasses.toString())).containsEntry("versionsRemoved", 0L);
            assertThat(objectAt(prune.json(), "methods", 1)).containsEntry("note",
                    "Kept: class example.Elsewhere is not on the class path.");
        }

        @Test
        void aClassPathEntryThatDoesNotExistIsAnError() {
            fixture().storeReports(OLD, "one");

            Cli.Run prune = Cli.run("prune", cache, "--classpath", testClasses + java.io.File.pathSeparator
                    + cache.resolve("no-such-classes"));

            assertThat(prune.exitCode()).isEqualTo(MemoriaCli.EXIT_PROBLEM);
            assertThat(prune.err()).isEqualTo("--classpath names " + cache.resolve("no-such-classes")
                    + ", which does not exist.\nGive the application's compiled classes: directories such as"
                    + " target/classes, or its jar.\n");
        }

        @Test
        void isExclusiveWithOlderThan() {
            Cli.Run prune = Cli.run("prune", cache, "--classpath", testClasses.toString(), "--older-than", "1d");

            assertThat(prune.exitCode()).isEqualTo(MemoriaCli.EXIT_PROBLEM);
            assertThat(prune.err()).contains("mutually exclusive");
        }

        private static Path classPathRootOf(Class<?> type) {
            try {
                return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
