package dev.memoria.agent.cli;

import dev.memoria.internal.store.chronicle.ChronicleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static dev.memoria.agent.cli.CacheFixture.INT_TO_OBJECT;
import static dev.memoria.agent.cli.CacheFixture.NEW;
import static dev.memoria.agent.cli.CacheFixture.OLD;
import static dev.memoria.agent.cli.Cli.at;
import static dev.memoria.agent.cli.Cli.listAt;
import static dev.memoria.agent.cli.Cli.objectAt;
import static org.assertj.core.api.Assertions.assertThat;

class ClearCommandTest {

    @TempDir
    Path cache;

    private CacheFixture fillTwoMethods() {
        return new CacheFixture(cache).storeReports(OLD, "one", "two").storeReports(NEW, "three")
                .store("example.Totals", "sum", "()J", NEW, 42L);
    }

    private long storedEntries() {
        return (Long) at(Cli.run("stats", cache, "--json").json(), "totals", "entries");
    }

    @Test
    void withoutAMethodClearsEverything() {
        fillTwoMethods();

        Cli.Run clear = Cli.run("clear", cache);

        assertThat(clear.exitCode()).as("%s", clear).isZero();
        assertThat(clear.out()).isEqualTo("""
                Cleared example.Reports.load(int): 3 entries in 2 code versions.
                Cleared example.Totals.sum(): 1 entry in 1 code version.
                """);
        assertThat(listAt(Cli.run("list", cache, "--json").json(), "methods")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.Reports.load(int)", "example.Reports.load( int )", "example.Reports.load",
            "Reports.load", "load", "Reports.load(int)"})
    void aMethodNamedInFullOrShortClearsOnlyIt(String name) {
        fillTwoMethods();

        Cli.Run clear = Cli.run("clear", cache, name);

        assertThat(clear.exitCode()).as("%s", clear).isZero();
        assertThat(clear.out()).isEqualTo("Cleared example.Reports.load(int): 3 entries in 2 code versions.\n");
        assertThat(storedEntries()).isEqualTo(1);
    }

    @Test
    void aNestedClassMayBeWrittenWithADotOrADollar() {
        new CacheFixture(cache).store("example.Reports$Cache", "load", INT_TO_OBJECT, NEW, "one");

        assertThat(Cli.run("clear", cache, "Reports.Cache.load").exitCode()).isZero();
        new CacheFixture(cache).store("example.Reports$Cache", "load", INT_TO_OBJECT, NEW, "one");
        assertThat(Cli.run("clear", cache, "Reports$Cache.load").out())
                .isEqualTo("Cleared example.Reports$Cache.load(int): 1 entry in 1 code version.\n");
    }

    @Test
    void anAmbiguousNameListsTheCandidates() {
        fillTwoMethods().store("example.Reports", "load", "(Ljava/lang/String;)Ljava/lang/Object;", NEW, "x");

        Cli.Run clear = Cli.run("clear", cache, "Reports.load");

        assertThat(clear.exitCode()).isEqualTo(MemoriaCli.EXIT_PROBLEM);
        assertThat(clear.err()).isEqualTo("""
                'Reports.load' matches 2 stored methods:
                  example.Reports.load(String)
                  example.Reports.load(int)
                Name one in full, with its parameter types, e.g. 'example.Reports.load(String)'.
                """);
        assertThat(clear.out()).isEmpty();
        assertThat(storedEntries()).isEqualTo(5);
    }

    @Test
    void aNameThatMatchesNothingListsWhatIsStored() {
        fillTwoMethods();

        Cli.Run clear = Cli.run("clear", cache, "Reports.lod");

        assertThat(clear.exitCode()).isEqualTo(MemoriaCli.EXIT_PROBLEM);
        assertThat(clear.err()).isEqualTo("No stored method matches 'Reports.lod'. " + cache + " holds:\n"
                + "  example.Reports.load(int)\n"
                + "  example.Totals.sum()\n"
                + "Name one in full, as example.Reports.load(int), or by class and method, as Reports.load.\n");
    }

    @Test
    void aNameInAnEmptyDirectorySaysSo() {
        Cli.Run clear = Cli.run("clear", cache, "Reports.load");

        assertThat(clear.exitCode()).isEqualTo(MemoriaCli.EXIT_PROBLEM);
        assertThat(clear.err()).isEqualTo("No stored method matches 'Reports.load': " + cache
                + " holds no persisted entries.\n");
        assertThat(Cli.run("clear", cache).out()).isEqualTo("Nothing to clear: " + cache
                + " holds no persisted entries.\n");
    }

    @Test
    void aVersionARunningJvmHasOpenIsEmptiedNotDeleted() {
        new CacheFixture(cache).storeReports(OLD, "one");
        ChronicleStore open = new CacheFixture(cache).openReports(NEW);
        CacheFixture.put(open, 0, "two");
        try {
            Cli.Run clear = Cli.run("clear", cache, "--json");

            assertThat(clear.exitCode()).isZero();
            assertThat(clear.json()).containsEntry("method", null).containsEntry("versionsDeleted", 1L)
                    .containsEntry("versionsEmptied", 1L).containsEntry("entriesRemoved", 2L);
            assertThat(objectAt(clear.json(), "methods", 0, "versions", 1)).containsEntry("fingerprint", NEW)
                    .containsEntry("action", "emptied").containsEntry("entriesRemoved", 1L);
            assertThat(open.entries()).isZero();
            assertThat(new CacheFixture(cache).versionDirectory(NEW)).exists();
        } finally {
            open.close();
        }
    }

    @Test
    void emptiedVersionsAreCountedForPeople() {
        ChronicleStore open = new CacheFixture(cache).openReports(NEW);
        try {
            assertThat(Cli.run("clear", cache).out()).isEqualTo("Cleared example.Reports.load(int): 0 entries in 1"
                    + " code version (1 in use by a running JVM, emptied).\n");
        } finally {
            open.close();
        }
    }

    @Test
    void anUnreadableVersionIsDeletedAnyway() {
        CacheFixture fixture = new CacheFixture(cache).storeReports(OLD, "one").storeReports(NEW, "two");
        fixture.breakIndex(OLD);

        Cli.Run clear = Cli.run("clear", cache, "Reports.load");

        assertThat(clear.exitCode()).as("%s", clear).isZero();
        assertThat(clear.out()).isEqualTo("Cleared example.Reports.load(int): 1 entry in 2 code versions (1"
                + " unreadable, its entries not counted).\n");
        assertThat(listAt(Cli.run("list", cache, "--json").json(), "methods")).isEmpty();
    }
}
