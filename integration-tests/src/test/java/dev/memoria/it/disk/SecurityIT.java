package dev.memoria.it.disk;

import dev.memoria.CacheData;
import dev.memoria.it.disk.apps.Catalogs;
import dev.memoria.it.disk.apps.Inventory;
import dev.memoria.it.support.ChildStderr;
import dev.memoria.it.support.ForkedJvm;
import dev.memoria.it.support.TestEnvironment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static dev.memoria.it.disk.AppJvm.bodyRuns;
import static dev.memoria.it.disk.AppJvm.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The cache directory holds whatever an application computes, so it is private to its owner; what is read back from
 * it can only build the types the cached methods declare; and nothing Memoria ships talks to the network.
 */
@DisplayName("Security: private files, allow-listed read-back, no network")
class SecurityIT {

    @TempDir
    Path temp;

    @Test
    @DisplayName("The cache directory and every folder in it are created 0700, every file 0600")
    void foldersAre0700AndFiles0600() {
        Path cache = temp.resolve("cache");

        ForkedJvm.Result run = AppJvm.app(Catalogs.class, cache, "catalog:north", "samples:200000").run();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        ChildStderr.assertChronicleUsedAnd(run);
        List<Path> tree = CacheFiles.tree(cache);
        assertThat(tree).as("blob files are among the files checked")
                .anyMatch(path -> path.getFileName().toString().endsWith(".blob"));
        for (Path path : tree) {
            assertThat(permissions(path)).as(path.toString()).isEqualTo(Files.isDirectory(path) ? "rwx------"
                                                                                               : "rw-------");
        }
    }

    @Nested
    @DisplayName("A tampered entry naming a class outside the allow-list")
    class AllowList {

        @Test
        @DisplayName("is not deserialized: the class is never initialized, the body recomputes, and the report"
                     + " names the class")
        void classNotDeclaredByTheMethodIsRefused() throws IOException {
            Path cache = temp.resolve("cache");
            ForkedJvm.Result first = AppJvm.app(Inventory.class, cache, "parcel:7", "labels:7").run();
            assertThat(first.stdoutLines()).as(first.toString()).contains("Parcel class initialized");
            ChildStderr.assertChronicleUsedAnd(first);
            smuggleParcelsIntoLabels(cache);

            ForkedJvm.Result next = AppJvm.app(Inventory.class, cache, "labels:7").run();

            assertThat(next.stdoutLines()).as(next.toString())
                    .containsExactly("ran labels:7", "labels:7 = [label 7]");
            ChildStderr.assertChronicleUsedAnd(next, SMUGGLED_REFUSED);
        }

        @Test
        @DisplayName("is not deserialized even when another cached method of the application declares that class")
        void classDeclaredOnlyByAnotherMethodIsRefused() throws IOException {
            Path cache = temp.resolve("cache");
            AppJvm.app(Inventory.class, cache, "parcel:7", "labels:7").run();
            smuggleParcelsIntoLabels(cache);

            ForkedJvm.Result next = AppJvm.app(Inventory.class, cache, "parcel:8", "labels:7").run();

            assertThat(next.exitCode()).as(next.toString()).isZero();
            assertThat(bodyRuns(next)).as(next.toString()).containsExactly("parcel:8", "labels:7");
            assertThat(value(next, "labels:7")).isEqualTo("[label 7]");
            ChildStderr.assertChronicleUsedAnd(next, SMUGGLED_REFUSED);
        }

        /**
         * Since entries are bound to their method (issue 13, item 1), a smuggled record is refused by its tag, before
         * its bytes are deserialized: the allow-list is the second line of defence, tested with authenticated
         * records in the runtime's unit tests.
         */
        private static final String SMUGGLED_REFUSED = "[memoria] A stored entry of " + Inventory.class.getName()
                + ".labels(int) was dropped because it fails its authentication: it was altered, or moved there from"
                + " another argument key, method, code version or cache directory; it will be recomputed.";

        /**
         * Puts the entries {@code parcel} stored in place of those of {@code labels}: the same argument has the same
         * key in both, so {@code labels(7)} now finds bytes that describe a {@code Parcel}.
         */
        private void smuggleParcelsIntoLabels(Path cache) throws IOException {
            Files.copy(CacheFiles.index(cache, "Inventory.parcel"), CacheFiles.index(cache, "Inventory.labels"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Nested
    @DisplayName("No network")
    class NoNetwork {

        @Test
        @DisplayName("The agent jar and the runtime jar ship no Chronicle analytics implementation")
        void noAnalyticsClassesAreShipped() throws IOException {
            for (Path jar : List.of(TestEnvironment.agentJar(), TestEnvironment.locationOf(CacheData.class))) {
                List<String> entries = entriesOf(jar);
                assertThat(entries).as("a Chronicle Map is inside %s", jar)
                        .anyMatch(entry -> entry.endsWith("/chronicle/map/ChronicleMap.class"));
                assertThat(entries).as("classes of chronicle-analytics (package ...chronicle.analytics) in %s", jar)
                        .noneMatch(entry -> entry.contains("/chronicle/analytics/"));
                assertThat(entries).as("unrelocated Chronicle classes in %s", jar)
                        .noneMatch(entry -> entry.startsWith("net/openhft/"));
            }
        }

        @Test
        @DisplayName("A JVM storing and reading persisted entries makes no AF_INET or AF_INET6 connect() (strace)")
        void noInternetConnectionIsMade() throws IOException {
            Path strace = onPath("strace");
            Path trace = temp.resolve("strace.txt");
            Path cache = temp.resolve("cache");
            AppJvm.app(Catalogs.class, cache, "catalog:north", "samples:200000").run();

            ForkedJvm.Result run = AppJvm.app(Catalogs.class, cache, "catalog:north", "catalog:south",
                    "samples:200000").launchedBy(strace.toString(), "-f", "-qq", "-e", "trace=connect,openat",
                    "-o", trace.toString()).run();

            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(bodyRuns(run)).containsExactly("catalog:south");
            ChildStderr.assertChronicleUsedAnd(run);
            List<String> calls = Files.readAllLines(trace);
            assertThat(calls).as("strace saw the JVM open the index it used (so it traced the right threads)")
                    .anyMatch(line -> line.contains("openat(") && line.contains("entries.cm"));
            assertThat(calls).as("connect() calls to the internet")
                    .filteredOn(line -> line.contains("connect("))
                    .noneMatch(line -> line.contains("AF_INET"));
        }

        /** An executable on the PATH; fails, saying what to install, when there is none. */
        private static Path onPath(String program) {
            for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path candidate = Path.of(directory, program);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
            return fail("%s is not installed, so this test cannot watch the JVM's network calls. Install it (on"
                        + " Debian or Ubuntu: apt-get install strace); CI installs it.", program);
        }
    }

    private static String permissions(Path path) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The entry names of a jar, or the relative paths of a directory's files. */
    private static List<String> entriesOf(Path classPathEntry) throws IOException {
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(classPathEntry)) {
            try (Stream<Path> files = Files.walk(classPathEntry)) {
                files.forEach(file -> names.add(classPathEntry.relativize(file).toString().replace('\\', '/')));
            }
            return names;
        }
        try (ZipFile zip = new ZipFile(classPathEntry.toFile())) {
            zip.stream().map(ZipEntry::getName).forEach(names::add);
        }
        return names;
    }
}
