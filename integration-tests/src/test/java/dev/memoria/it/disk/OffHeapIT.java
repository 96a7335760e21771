package dev.memoria.it.disk;

import dev.memoria.it.disk.apps.Buffers;
import dev.memoria.it.disk.apps.Heaps;
import dev.memoria.it.disk.apps.RawBytes;
import dev.memoria.it.support.ChildStderr;
import dev.memoria.it.support.ForkedJvm;
import dev.memoria.it.support.StdErr;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static dev.memoria.it.disk.AppJvm.bodyRuns;
import static dev.memoria.it.disk.AppJvm.value;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code offHeap = true}: {@code @CacheData} entries held outside the Java heap, and {@code @CacheResource} buffers
 * held off-heap once and shared read-only. Off-heap caches are not persisted, so these JVMs use no cache directory;
 * large off-heap values spill to files in the JDK's {@code java.io.tmpdir}, which each test points at a folder of its
 * own.
 */
@DisplayName("offHeap = true: entries off the Java heap, buffers shared read-only")
class OffHeapIT {

    @TempDir
    Path temp;

    @Nested
    @DisplayName("@CacheData(offHeap = true)")
    class Data {

        @Test
        @DisplayName("64 MiB of entries grow the used heap by under a tenth of what the same entries cost on-heap,"
                     + " and every entry reads back equal")
        void heapStaysFlat() throws IOException {
            ForkedJvm.Result onHeap = heaps("onHeap").run();
            ForkedJvm.Result offHeap = heaps("offHeap").run();

            for (ForkedJvm.Result run : List.of(onHeap, offHeap)) {
                assertThat(run.exitCode()).as(run.toString()).isZero();
                assertThat(bodyRuns(run)).as("every entry computed once%n%s", run).hasSize(Heaps.ENTRIES);
                assertThat(value(run, "wrong")).as(run.toString()).isEqualTo("0");
            }
            long stored = Heaps.storedBytes();
            long onHeapGrowth = Long.parseLong(value(onHeap, "growth"));
            long offHeapGrowth = Long.parseLong(value(offHeap, "growth"));
            assertThat(onHeapGrowth).as("the on-heap cache holds its entries on the heap%n%s", onHeap)
                    .isGreaterThan(stored * 3 / 4);
            assertThat(offHeapGrowth).as("off-heap growth, against %d bytes on-heap%n%s", onHeapGrowth, offHeap)
                    .isLessThan(onHeapGrowth / 10);
            ChildStderr.assertChronicleUnusedAnd(onHeap);
            ChildStderr.assertChronicleUsedAnd(offHeap);
        }

        @Test
        @DisplayName("Large values spill to a private folder in java.io.tmpdir (0700, files 0600) that is gone once"
                     + " the JVM has ended")
        void spillFilesArePrivateAndRemovedAtExit() throws IOException {
            Path tmp = Files.createDirectories(temp.resolve("tmp"));
            try (ForkedJvm.Running running = heaps("offHeap", "hold").start()) {
                running.awaitLine("holding");
                List<Path> spill = CacheFiles.list(tmp);
                assertThat(spill).singleElement().satisfies(folder -> {
                    assertThat(folder.getFileName().toString()).startsWith("memoria-off-heap-");
                    assertThat(permissions(folder)).isEqualTo("rwx------");
                });
                List<Path> files = CacheFiles.list(spill.get(0));
                assertThat(files).as("one file per 128 KiB value").hasSize(Heaps.ENTRIES / 5);
                assertThat(files).allSatisfy(file -> assertThat(permissions(file)).isEqualTo("rw-------"));

                running.send("go on");
                ForkedJvm.Result run = running.await();

                assertThat(run.exitCode()).as(run.toString()).isZero();
                assertThat(CacheFiles.list(tmp)).as("left in java.io.tmpdir after the JVM ended").isEmpty();
            }
        }

        private ForkedJvm heaps(String... arguments) throws IOException {
            Path tmp = Files.createDirectories(temp.resolve("tmp"));
            // The comparison needs the on-heap cache to keep all 64 MiB: above the default budget (a quarter of 256m).
            return AppJvm.bare(Heaps.class, arguments).option("-XX:TieredStopAtLevel=1").option("-Xmx256m")
                    .systemProperty("java.io.tmpdir", tmp).systemProperty("memoria.maxMemory", "60%");
        }
    }

    @Nested
    @DisplayName("@CacheResource(offHeap = true)")
    class Resource {

        @Test
        @DisplayName("A ByteBuffer: every caller, the first included, gets a read-only direct view of the same"
                     + " memory, with a position of its own; the body runs once")
        void byteBufferViewsAreReadOnlyAndShared() {
            ForkedJvm.Result run = buffers("bytes");

            assertThat(run.stdoutLines()).as(run.toString()).containsExactly(
                    "ran table:64",
                    "first: read-only true, direct true, position 0, limit 64, element 10 = 10",
                    "second: read-only true, direct true, position 0, limit 64, element 10 = 10",
                    "first write: ReadOnlyBufferException",
                    "second write: ReadOnlyBufferException",
                    "positions: first 4, second 0",
                    "after the returned buffer changed: first 99, second 99");
            ChildStderr.assertChronicleUnusedAnd(run);
        }

        @Test
        @DisplayName("A heap ByteBuffer is copied off-heap once: callers get direct read-only views, which later"
                     + " changes to the returned array do not reach")
        void heapByteBufferIsHeldOffHeapOnce() {
            ForkedJvm.Result run = buffers("heapBytes");

            assertThat(run.stdoutLines()).as(run.toString()).containsExactly(
                    "ran heapTable:64",
                    "first: read-only true, direct true, position 0, limit 64, element 10 = 10",
                    "second: read-only true, direct true, position 0, limit 64, element 10 = 10",
                    "after the returned array changed: first 10, second 10");
            ChildStderr.assertChronicleUnusedAnd(run);
        }

        @Test
        @DisplayName("A DoubleBuffer: read-only direct views of the same memory, positions of their own")
        void doubleBufferViewsAreReadOnlyAndShared() {
            ForkedJvm.Result run = buffers("doubles");

            assertThat(run.stdoutLines()).as(run.toString()).containsExactly(
                    "ran weights:16",
                    "first: read-only true, direct true, position 0, limit 16, element 10 = 5.0",
                    "second: read-only true, direct true, position 0, limit 16, element 10 = 5.0",
                    "first write: ReadOnlyBufferException",
                    "second write: ReadOnlyBufferException",
                    "positions: first 1, second 0",
                    "after the returned buffer changed: first 99.5, second 99.5");
            ChildStderr.assertChronicleUnusedAnd(run);
        }

        @Test
        @DisplayName("On a method returning a byte[], it is a configuration error reported when the class loads; the"
                     + " method runs uncached")
        void onAMethodReturningSomethingElseIsAConfigurationError() {
            ForkedJvm.Result run;
            try (StdErr stderr = StdErr.capture()) {
                run = AppJvm.unconfigured(RawBytes.class).run();
                // naming the class loads it here too, under this JVM's agent, which reports it the same way
                assertThat(stderr.text()).startsWith("[memoria] Invalid cache configuration on "
                        + RawBytes.class.getName() + ".raw(int)");
            }

            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.stdoutLines()).as(run.toString()).containsExactly("ran raw:4", "ran raw:4");
            ChildStderr.assertChronicleUnusedAnd(run, "[memoria] Invalid cache configuration on "
                    + RawBytes.class.getName() + ".raw(int): offHeap = true on @CacheResource keeps a java.nio"
                    + " buffer off the heap", "first call");
            assertThat(run.stderrLines().get(0)).contains("but this method returns byte[]")
                    .endsWith("The method runs uncached.");
        }

        private ForkedJvm.Result buffers(String mode) {
            return AppJvm.unconfigured(Buffers.class, mode).run();
        }
    }

    private static String permissions(Path path) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
