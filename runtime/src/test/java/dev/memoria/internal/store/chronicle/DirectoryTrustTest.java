package dev.memoria.internal.store.chronicle;

import dev.memoria.internal.time.Clock;
import dev.memoria.internal.cache.Stores;
import dev.memoria.internal.key.Key;
import dev.memoria.internal.report.Reporter;
import dev.memoria.internal.store.MemoryStore;
import dev.memoria.internal.store.Store;
import dev.memoria.testing.CapturedStderr;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static dev.memoria.internal.store.chronicle.StoreFixture.key;
import static dev.memoria.internal.store.chronicle.StoreFixture.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 13, item 2: a cache directory that another user could write, another user's, or reached through a link is
 * refused before anything is read, written or deleted in it, with one message naming the path, what was found and
 * the fix; the method keeps its entries in memory.
 */
class DirectoryTrustTest {

    @RegisterExtension
    final CapturedStderr stderr = new CapturedStderr();

    private static final String OTHER_USER = "memoria-other";

    @TempDir
    Path temporary;

    @Test
    void aWorldWritableCacheDirectoryIsRefusedAndLeftAsItIs() throws IOException {
        Path cache = Files.createDirectory(temporary.resolve("cache"));
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwxrwx"));

        assertThatThrownBy(() -> new StoreFixture(cache, spec -> spec).open())
                .isInstanceOf(UntrustedDirectoryException.class)
                .hasMessageContaining(cache.toString())
                .hasMessageContaining("mode rwxrwxrwx")
                .hasMessageContaining("chmod go-w " + cache);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache))).isEqualTo("rwxrwxrwx");
        assertThat(listed(cache)).as("nothing written").isEmpty();
    }

    @Test
    void aGroupWritableVersionFolderIsRefused() throws IOException {
        StoreFixture fixture = new StoreFixture(temporary, spec -> spec);
        fixture.open().close();
        Files.setPosixFilePermissions(fixture.versionDirectory(), PosixFilePermissions.fromString("rwxrwx---"));

        assertThatThrownBy(fixture::open).isInstanceOf(UntrustedDirectoryException.class)
                .hasMessageContaining(fixture.versionDirectory() + " can be written by other users (mode rwxrwx---)");
    }

    @Test
    void aCacheDirectoryThatIsALinkIsRefused() throws IOException {
        Path real = Files.createDirectory(temporary.resolve("real"));
        Path cache = Files.createSymbolicLink(temporary.resolve("cache"), real);

        assertThatThrownBy(() -> new StoreFixture(cache, spec -> spec).open())
                .isInstanceOf(UntrustedDirectoryException.class)
                .hasMessageContaining(cache + " is a symbolic link (to " + real + ")");
        assertThat(listed(real)).isEmpty();
    }

    @Test
    void aLinkedBlobsFolderIsNeverWrittenNorEmptiedEvenWhenTheIndexNeedsRecovery() throws IOException {
        Path elsewhere = Files.createDirectory(temporary.resolve("elsewhere"));
        Path precious = Files.writeString(elsewhere.resolve("precious.blob"), "not Memoria's");
        Files.writeString(elsewhere.resolve(".pending-1-999999999.tmp"), "not Memoria's either");
        StoreFixture fixture = new StoreFixture(temporary.resolve("cache"), spec -> spec);
        ChronicleStore store = fixture.open();
        put(store, key(1), "small");
        store.close();
        Path blobs = fixture.versionDirectory().resolve(CacheLayout.BLOBS);
        Files.createSymbolicLink(blobs, elsewhere);
        // a damaged index, left by a crash: recovering it would delete the blobs it can no longer reach
        Files.write(fixture.versionDirectory().resolve("entries.cm"), new byte[4096]);
        Files.createFile(fixture.versionDirectory().resolve("entries.dirty"));

        assertThatThrownBy(fixture::open).isInstanceOf(UntrustedDirectoryException.class)
                .hasMessageContaining(blobs + " is a symbolic link");
        assertThat(listed(elsewhere)).containsExactlyInAnyOrder("precious.blob", ".pending-1-999999999.tmp");
        assertThat(Files.readString(precious)).isEqualTo("not Memoria's");
    }

    @Test
    void aLinkedIndexFileIsRefused() throws IOException {
        StoreFixture fixture = new StoreFixture(temporary.resolve("cache"), spec -> spec);
        fixture.open().close();
        Path index = fixture.versionDirectory().resolve("entries.cm");
        Path moved = Files.move(index, temporary.resolve("elsewhere.cm"));
        Files.createSymbolicLink(index, moved);

        assertThatThrownBy(fixture::open).isInstanceOf(UntrustedDirectoryException.class)
                .hasMessageContaining(index + " is a symbolic link");
    }

    @Test
    void aCacheDirectoryOwnedByAnotherUserIsRefused() throws IOException, InterruptedException {
        Assumptions.assumeTrue(createOtherUser(), "needs root and useradd to create a second user (" + OTHER_USER
                + "); neither is available here");
        Path cache = Files.createDirectory(temporary.resolve("cache"));
        run("chown", OTHER_USER, cache.toString());

        assertThatThrownBy(() -> new StoreFixture(cache, spec -> spec).open())
                .isInstanceOf(UntrustedDirectoryException.class)
                .hasMessageContaining(cache + " is owned by " + OTHER_USER + ", not by ")
                .hasMessageContaining("chown ");
        assertThat(listed(cache)).isEmpty();
    }

    @Test
    void aRefusedDirectoryLeavesTheMethodsInMemoryWithOneMessage() throws IOException {
        Path cache = Files.createDirectory(temporary.resolve("shared"));
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwxrwx"));
        String previous = System.setProperty("memoria.cache.dir", cache.toString());
        try {
            Stores stores = Stores.fromSettings(new Clock(), Reporter.jvm());
            Store<Object> first = stores.create(new StoreFixture(cache, spec -> spec,
                    "0123456789abcdef0123456789abcdef", "first").descriptor(), key -> (Key) key);
            Store<Object> second = stores.create(new StoreFixture(cache, spec -> spec,
                    "0123456789abcdef0123456789abcdef", "second").descriptor(), key -> (Key) key);
            assertThat(List.of(first, second)).allMatch(MemoryStore.class::isInstance);
            assertThat(Reporter.jvm().reported()).filteredOn(line -> line.contains(cache.toString())).hasSize(1)
                    .allMatch(line -> line.contains("example.Reports.first(int) and the other methods stored there keep"
                            + " their entries in memory"));
        } finally {
            if (previous == null) {
                System.clearProperty("memoria.cache.dir");
            } else {
                System.setProperty("memoria.cache.dir", previous);
            }
        }
        assertThat(stderr.takeLine())
                .startsWith("[memoria] The cache folder ").contains(" can be written by other users (mode rwxrwxrwx)");
    }

    @Test
    void newFoldersAreForTheOwnerOnlyAndTheSecretIsTooWithoutLinks() throws IOException {
        Path cache = temporary.resolve("cache");
        StoreFixture fixture = new StoreFixture(cache, spec -> spec);
        fixture.open().close();
        assertThat(mode(cache)).isEqualTo("rwx------");
        assertThat(mode(fixture.versionDirectory())).isEqualTo("rwx------");
        assertThat(mode(cache.resolve(CacheSecret.FILE))).isEqualTo("rw-------");
        assertThat(mode(fixture.versionDirectory().resolve("entries.cm"))).isEqualTo("rw-------");
        assertThat(listed(cache)).as("no temporary secret left").containsExactlyInAnyOrder("functions",
                CacheSecret.FILE);
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    }

    private static List<String> listed(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }

    /** Creates the second user once; false when this process may not. */
    private static boolean createOtherUser() throws InterruptedException {
        try {
            return run("id", OTHER_USER) || run("useradd", "--no-create-home", "--system", OTHER_USER);
        } catch (IOException notAvailable) {
            return false;
        }
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    }
}
