package dev.memoria.it.disk;

import dev.memoria.CacheData;
import dev.memoria.it.support.ForkedJvm;
import dev.memoria.it.support.Javac;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agent keeps fingerprints in the cache directory: the next JVM reads them instead of fingerprinting again, unless
 * something the fingerprint looked at changed, and never trusts a damaged or planted file. Observed through the
 * test setting {@code memoria.test.fingerprints}, which prints each lookup's outcome.
 */
@DisplayName("Fingerprints kept between JVMs")
class FingerprintCacheIT {

    private static final String CLASS_NAME = "dev.memoria.it.disk.gen.Quotes";
    private static final String COMPUTED = "[memoria] fingerprints computed: dev/memoria/it/disk/gen/Quotes";
    private static final String READ = "[memoria] fingerprints read: dev/memoria/it/disk/gen/Quotes";
    private static final String WOVEN = "[memoria] woven computed: dev/memoria/it/disk/gen/Quotes";
    private static final String WOVEN_READ = "[memoria] woven read: dev/memoria/it/disk/gen/Quotes";
    private static final String WOVEN_PREFIX = "woven-";

    @TempDir
    Path temp;

    @Test
    @DisplayName("The second JVM reads the fingerprints; an edited helper in another class is fingerprinted again")
    void theNextJvmReadsThemAndAnEditRecomputes() throws IOException {
        Path cache = temp.resolve("cache");
        Path classes = compile(temp.resolve("v1"), 2);

        ForkedJvm.Result first = run(classes, cache);
        ForkedJvm.Result second = run(classes, cache);
        ForkedJvm.Result edited = run(compile(temp.resolve("v2"), 3), cache);

        assertThat(first.stderrLines()).as(first.toString()).contains(COMPUTED).doesNotContain(READ);
        assertThat(second.stderrLines()).as(second.toString()).contains(READ).doesNotContain(COMPUTED);
        assertThat(edited.stderrLines()).as(edited.toString()).contains(COMPUTED).doesNotContain(READ);
        // the same code version on disk: the second JVM hits; the edit misses and returns the new value
        assertThat(first.stdoutLines()).containsExactly("ran quote(10)", "quote(10) = 20");
        assertThat(second.stdoutLines()).containsExactly("quote(10) = 20");
        assertThat(edited.stdoutLines()).containsExactly("ran quote(10)", "quote(10) = 30");
    }

    @Test
    @DisplayName("A truncated or damaged fingerprint file is ignored and computed again")
    void aDamagedFileIsRecomputed() throws IOException {
        Path classes = compile(temp.resolve("v1"), 2);
        Path cache = cacheAfterOneRun(classes);
        Path file = storedFile(cache, false);
        byte[] bytes = Files.readAllBytes(file);

        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        ForkedJvm.Result truncated = run(classes, cache);
        bytes[bytes.length / 3] ^= 1;
        Files.write(file, bytes);
        ForkedJvm.Result flipped = run(classes, cache);

        assertThat(truncated.stderrLines()).as(truncated.toString()).contains(COMPUTED).doesNotContain(READ);
        assertThat(flipped.stderrLines()).as(flipped.toString()).contains(COMPUTED).doesNotContain(READ);
        assertThat(flipped.stdoutLines()).containsExactly("quote(10) = 20");
    }

    @Test
    @DisplayName("A fingerprint folder that is a symbolic link, or open to other users' writes, is not read")
    void anUntrustedFolderIsNotRead() throws IOException {
        Path classes = compile(temp.resolve("v1"), 2);
        Path cache = cacheAfterOneRun(classes);
        Path folder = cache.resolve("fingerprints");
        Path elsewhere = Files.move(folder, temp.resolve("planted"));
        Files.createSymbolicLink(folder, elsewhere);

        ForkedJvm.Result linked = run(classes, cache);
        Files.delete(folder);
        Files.move(elsewhere, folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
        ForkedJvm.Result writable = run(classes, cache);

        assertThat(linked.stderrLines()).as(linked.toString()).contains(COMPUTED).doesNotContain(READ);
        assertThat(writable.stderrLines()).as(writable.toString()).contains(COMPUTED).doesNotContain(READ);
    }

    @Test
    @DisplayName("The next JVM loads the kept woven class; a damaged file or an edited class is woven again")
    void wovenClassesAreKeptAndNeverTrustedDamaged() throws IOException {
        Path classes = compile(temp.resolve("v1"), 2);
        Path cache = temp.resolve("cache");

        ForkedJvm.Result first = run(classes, cache);
        ForkedJvm.Result second = run(classes, cache);
        Path file = storedFile(cache, true);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        ForkedJvm.Result damaged = run(classes, cache);
        ForkedJvm.Result edited = run(compile(temp.resolve("v2"), 3), cache);

        assertThat(first.stderrLines()).as(first.toString()).contains(WOVEN).doesNotContain(WOVEN_READ);
        assertThat(second.stderrLines()).as(second.toString()).contains(WOVEN_READ).doesNotContain(WOVEN);
        assertThat(damaged.stderrLines()).as(damaged.toString()).contains(WOVEN).doesNotContain(WOVEN_READ);
        assertThat(edited.stderrLines()).as(edited.toString()).contains(WOVEN).doesNotContain(WOVEN_READ);
        // the class loaded from the kept bytes caches as the woven one does: the stored entry hits
        assertThat(first.stdoutLines()).containsExactly("ran quote(10)", "quote(10) = 20");
        assertThat(second.stdoutLines()).containsExactly("quote(10) = 20");
        assertThat(damaged.stdoutLines()).containsExactly("quote(10) = 20");
        assertThat(edited.stdoutLines()).containsExactly("ran quote(10)", "quote(10) = 30");
    }

    /** A cache directory that one run of {@code classes} filled, fingerprints included. */
    private Path cacheAfterOneRun(Path classes) {
        Path cache = temp.resolve("cache");
        assertThat(run(classes, cache).stderrLines()).contains(COMPUTED);
        return cache;
    }

    /** The one file of fingerprints, or of a woven class, that the agent kept (not a temporary one). */
    private static Path storedFile(Path cache, boolean woven) throws IOException {
        try (Stream<Path> files = Files.list(cache.resolve("fingerprints"))) {
            List<Path> found = files.map(Path::getFileName).map(Path::toString)
                    .filter(name -> !name.startsWith(".") && name.startsWith(WOVEN_PREFIX) == woven)
                    .map(name -> cache.resolve("fingerprints").resolve(name)).toList();
            assertThat(found).hasSize(1);
            return found.get(0);
        }
    }

    private static ForkedJvm.Result run(Path classes, Path cache) {
        return ForkedJvm.java().withAgent().option("-XX:TieredStopAtLevel=1").option("-Xmx64m")
                .systemProperty("memoria.cache.dir", cache).systemProperty("memoria.test.fingerprints", true)
                .classPath(classes).classPathOf(CacheData.class).main(CLASS_NAME).run();
    }

    private static Path compile(Path directory, int rate) throws IOException {
        Files.createDirectories(directory);
        Javac.compile(directory, CLASS_NAME, """
                package dev.memoria.it.disk.gen;

                import dev.memoria.CacheData;
                import dev.memoria.Persist;

                public final class Quotes {

                    public static void main(String[] args) {
                        System.out.println("quote(10) = " + quote(10));
                    }

                    @CacheData(persist = Persist.DISK)
                    static int quote(int quantity) {
                        System.out.println("ran quote(" + quantity + ")");
                        return quantity * Rates.rate();
                    }
                }

                final class Rates {

                    static int rate() {
                        return %d;
                    }
                }
                """.formatted(rate), CacheData.class);
        return directory;
    }
}
