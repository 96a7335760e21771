package dev.memoria.internal.store.chronicle;

import dev.memoria.internal.time.Clock;
import dev.memoria.internal.store.EntryAuthenticator;
import dev.memoria.internal.cache.Stores;
import dev.memoria.internal.key.Key;
import dev.memoria.internal.report.Reporter;
import dev.memoria.internal.store.MemoryStore;
import dev.memoria.testing.CapturedStderr;
import net.openhft.chronicle.map.ChronicleMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.memoria.internal.store.chronicle.StoreFixture.get;
import static dev.memoria.internal.store.chronicle.StoreFixture.key;
import static dev.memoria.internal.store.chronicle.StoreFixture.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 13, item 5: the cache directory on a disk that fills up, here a 24 MiB tmpfs this test mounts (a new index takes 13 MiB). A full disk
 * costs the writes that do not fit and nothing else; once there is room again the tier works without a manual step;
 * a failed open says the disk is full, never that the index was damaged.
 */
class FullDiskTest {

    @RegisterExtension
    final CapturedStderr stderr = new CapturedStderr();

    @TempDir
    Path temporary;
    private Path disk;
    private Path cache;

    @BeforeEach
    void mountSmallDisk() throws IOException, InterruptedException {
        disk = Files.createDirectory(temporary.resolve("disk"));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", disk.toString()),
                "mounting a tmpfs was refused (needs root or CAP_SYS_ADMIN): the full-disk cases need a small disk");
        cache = disk.resolve("cache");
    }

    @AfterEach
    void unmount() throws IOException, InterruptedException {
        run("umount", "-l", disk.toString());
    }

    @Test
    void aBlobThatFitsIsStoredOneThatDoesNotIsSkippedAndStoringResumesWithRoom() throws IOException {
        StoreFixture fixture = new StoreFixture(cache, spec -> spec);
        ChronicleStore store = fixture.open();
        put(store, key(1), "before");
        Path filler = fill(3 << 20);

        put(store, key(2), big('b'));
        assertThat(get(store, key(2))).as("1 MiB fits in 3 MiB free").isEqualTo(big('b'));

        Path more = fill(200 << 10);
        put(store, key(3), big('c')); // no exception: only this write is lost
        assertThat(get(store, key(3))).isNull();
        assertThat(get(store, key(1))).isEqualTo("before");
        assertThat(get(store, key(2))).isEqualTo(big('b'));
        assertThat(Reporter.jvm().reported()).anyMatch(line -> line.startsWith("An entry of example.Reports.load(int) was"
                + " not stored on disk because the disk holding ") && line.contains(" is full: a blob of ")
                && line.contains("bytes are free"));

        Files.delete(filler);
        Files.delete(more);
        put(store, key(3), big('c'));
        assertThat(get(store, key(3))).as("stored again once there is room").isEqualTo(big('c'));
        store.close();
        assertThat(stderr.takeLine())
                .startsWith("[memoria] An entry of example.Reports.load(int) was not stored on disk because the disk"
                        + " holding ");
    }

    @Test
    void aFaultWritingTheIndexOnAFullDiskLeavesItToBeRecoveredNotLocked() throws IOException, InterruptedException {
        StoreFixture fixture = new StoreFixture(cache, spec -> spec);
        ChronicleStore store = fixture.open();
        put(store, key(0), "before");
        store.close();
        PersistedIndex index = fixture.index();
        // another process fills the disk after this one checked for room: the check is skipped to get there
        IndexMap raced = new IndexMap() {
            @Override
            ChronicleMap<byte[], byte[]> map() {
                return index.map();
            }

            @Override
            void faulted() {
                index.faulted();
            }

            @Override
            public void close() {
                index.close();
            }
        };
        ChronicleStore racing = new ChronicleStore(raced, new BlobFiles(fixture.versionDirectory()
                .resolve(CacheLayout.BLOBS)), authenticator(fixture), fixture.descriptor().spec(),
                "example.Reports.load(int)", fixture.clock(), Reporter.jvm());
        Path filler = fill(0);
        int stored = 1;
        Throwable fault = null;
        for (; stored < 20_000 && fault == null; stored++) {
            try {
                put(racing, key(stored), "x".repeat(1000) + stored);
            } catch (UncheckedIOException | InternalError e) {
                fault = e;
            }
        }
        Assumptions.assumeTrue(fault != null, "the index never met the full disk");
        // compiled code gets the fault at its next safepoint: in put, or in whatever the thread does next
        if (fault instanceof UncheckedIOException) {
            assertThat(fault).hasMessageContaining("is full").hasRootCauseInstanceOf(InternalError.class);
        } else {
            assertThat(fault).isInstanceOf(InternalError.class);
        }
        racing.close(); // a clean exit, which used to remove the dirty marker and leave a lock held for good
        assertThat(fixture.versionDirectory().resolve("entries.dirty")).exists();

        Files.delete(filler);
        // the next run of the application, after space was freed: used to wait on the lock left held, for good
        List<String> command = new ArrayList<>(List.of(System.getProperty("memoria.test.jvm",
                Path.of(System.getProperty("java.home"), "bin", "java").toString())));
        command.addAll(List.of(ChronicleEnvironment.JVM_FLAGS.split(" ")));
        command.addAll(List.of("-Dnet.openhft.chronicle.map.lockTimeoutSeconds=5", "-cp",
                System.getProperty("java.class.path"), FullDiskTest.class.getName(), cache.toString()));
        Process next = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(next.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(next.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(next.exitValue()).as(output).isZero();
        assertThat(output).as(output).contains("key 0: before", "key 30001: after 1", "corrupt: 0");
    }

    /** The next run: writes to every segment (a lock left held would stop it) and reads back. */
    public static void main(String[] args) throws IOException {
        ChronicleStore store = new StoreFixture(Path.of(args[0]), spec -> spec).open();
        for (int i = 0; i < 2_000; i++) {
            put(store, key(30_000 + i), "after " + i);
        }
        System.out.println("key 0: " + get(store, key(0)));
        System.out.println("key 30001: " + get(store, key(30_001)));
        System.out.println("corrupt: " + store.verify(false).corrupt());
        store.close();
    }

    @Test
    void anOpenOnAFullDiskSaysSoKeepsTheEntriesAndWorksOnceThereIsRoom() throws IOException {
        int reportedBefore = Reporter.jvm().reported().size();
        StoreFixture fixture = new StoreFixture(cache, spec -> spec);
        ChronicleStore store = fixture.open();
        put(store, key(1), "kept");
        put(store, key(2), big('k'));
        store.close();
        Files.createFile(fixture.versionDirectory().resolve("entries.dirty")); // as a crashed process leaves it
        Path filler = fill(0);

        assertThatThrownBy(fixture::open).isInstanceOf(DiskFullException.class).hasMessageContaining("is full");
        assertThat(Reporter.jvm().reported().subList(reportedBefore, Reporter.jvm().reported().size()))
                .noneMatch(line -> line.contains("was damaged"));
        String previous = System.setProperty("memoria.cache.dir", cache.toString());
        try {
            Stores stores = Stores.fromSettings(new Clock(), Reporter.jvm());
            assertThat(stores.create(fixture.descriptor(), key -> (Key) key)).isInstanceOf(MemoryStore.class);
        } finally {
            System.setProperty("memoria.cache.dir", previous == null ? "" : previous);
            if (previous == null) {
                System.clearProperty("memoria.cache.dir");
            }
        }
        assertThat(Reporter.jvm().reported()).anyMatch(line -> line.startsWith("The disk cache could not open: the disk"
                + " holding ") && line.contains("no stored entry is lost"));

        Files.delete(filler);
        ChronicleStore reopened = fixture.open();
        assertThat(get(reopened, key(1))).isEqualTo("kept");
        assertThat(get(reopened, key(2))).isEqualTo(big('k'));
        reopened.close();
        assertThat(stderr.takeLine()).startsWith("[memoria] The disk cache could not open: the disk holding ");
    }

    private static EntryAuthenticator authenticator(StoreFixture fixture) throws IOException {
        Path root = fixture.versionDirectory().getParent().getParent().getParent();
        return new EntryAuthenticator(CacheSecret.of(root), fixture.descriptor().signature(),
                fixture.descriptor().fingerprint());
    }

    private static String big(char c) {
        return String.valueOf(c).repeat(1 << 20);
    }

    /** Fills the disk until {@code leave} bytes are free (or it is full); returns the filler to delete. */
    private Path fill(long leave) throws IOException {
        Path filler = Files.createTempFile(disk, "filler", ".bin");
        ByteBuffer block = ByteBuffer.allocate(4096);
        try (FileChannel out = FileChannel.open(filler, StandardOpenOption.WRITE)) {
            while (Files.getFileStore(disk).getUsableSpace() > leave + block.capacity()) {
                out.write(block.clear());
            }
            if (leave == 0) {
                while (true) {
                    out.write(block.clear().limit(512));
                }
            }
        } catch (IOException full) {
            // No space left on device: as full as asked
        }
        return filler;
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    }
}
