package dev.memoria.it.disk;

import dev.memoria.CacheData;
import dev.memoria.it.support.ChildStderr;
import dev.memoria.it.support.ForkedJvm;
import dev.memoria.it.support.Javac;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The code fingerprint is part of a persisted entry's identity: a developer edits, recompiles and restarts, and the
 * next JVM reuses the entries of unchanged code and recomputes those of changed code. Each variant of the app is
 * compiled from source into a directory of its own and run as {@code java -cp <that directory> ...Pricing}, against a
 * copy of the cache directory that the original version filled.
 */
@DisplayName("Code changes across restarts: unchanged code hits, edited code misses")
class CodeChangeIT {

    private static final String CLASS_NAME = "dev.memoria.it.disk.gen.Pricing";

    /** The cache directory after one run of the original version, copied by each test. */
    @TempDir
    static Path original;

    @TempDir
    Path temp;

    @BeforeAll
    static void runTheOriginalVersion() throws IOException {
        ForkedJvm.Result run = run(compile(original.resolve("classes"), Variant.ORIGINAL), original.resolve("cache"));
        assertThat(run.stdoutLines()).as(run.toString()).containsExactly("ran price(10)", "price(10) = 20");
        ChildStderr.assertChronicleUsedAnd(run);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(names = {"ORIGINAL", "SHIFTED_LINES", "RENAMED_LOCALS", "RENUMBERED_LAMBDAS"})
    @DisplayName("A recompile that changes no instruction hits: the same source in another directory, lines shifted"
                 + " by blank lines and comments, renamed local variables, the method's lambda renumbered by one"
                 + " added above it")
    void cosmeticRecompileHits(Variant variant) throws IOException {
        ForkedJvm.Result run = runAgainst(variant);

        assertThat(run.stdoutLines()).as(run.toString()).containsExactly("price(10) = 20");
        ChildStderr.assertChronicleUsedAnd(run);
    }

    @Test
    @DisplayName("An edited body misses and returns the new result; the edited version then hits in its turn, and"
                 + " both code versions sit side by side")
    void editedBodyMisses() throws IOException {
        Path cache = copyOfTheOriginalCache();
        Path classes = compile(temp.resolve("classes"), Variant.EDITED_BODY);

        ForkedJvm.Result edited = run(classes, cache);
        ForkedJvm.Result again = run(classes, cache);

        assertThat(edited.stdoutLines()).as(edited.toString()).containsExactly("ran price(10)", "price(10) = 21");
        assertThat(again.stdoutLines()).as(again.toString()).containsExactly("price(10) = 21");
        assertThat(CacheFiles.versionFolders(cache, "Pricing.price")).hasSize(2);
        ChildStderr.assertChronicleUsedAnd(edited);
        ChildStderr.assertChronicleUsedAnd(again);
    }

    @Test
    @DisplayName("An edited helper in another class that the method calls makes it miss, though the method is"
                 + " unchanged")
    void editedHelperMisses() throws IOException {
        ForkedJvm.Result run = runAgainst(Variant.EDITED_HELPER);

        assertThat(run.stdoutLines()).as(run.toString()).containsExactly("ran price(10)", "price(10) = 30");
        ChildStderr.assertChronicleUsedAnd(run);
    }

    @Test
    @DisplayName("With memoria.explain, the first miss after a restart with edited code names what changed since the"
                 + " version on disk: the helper, reached through the method's lambda")
    void explainNamesTheChangeSinceTheVersionOnDisk() throws IOException {
        Path cache = copyOfTheOriginalCache();
        ForkedJvm.Result run = ForkedJvm.java().withAgent().option("-XX:TieredStopAtLevel=1").option("-Xmx64m")
                .systemProperty("memoria.cache.dir", cache).systemProperty("memoria.explain", "true")
                .classPath(compile(temp.resolve("classes"), Variant.EDITED_HELPER)).classPathOf(CacheData.class)
                .main(CLASS_NAME).run();

        assertThat(run.stdoutLines()).as(run.toString()).containsExactly("ran price(10)", "price(10) = 30");
        ChildStderr.assertChronicleUsedAnd(run,
                "[memoria] dev.memoria.it.disk.gen.Pricing.price(int) starts a new code version (the one on disk was "
                + CacheFiles.versionFolders(original.resolve("cache"), "Pricing.price").get(0).getFileName()
                        .toString().substring(0, 12) + "); what changed:",
                "[memoria]   Pricing.price(int) → lambda #1 → Rates.rate(): body changed");
    }

    /** Compiles {@code variant} and runs it against a copy of the original version's cache. */
    private ForkedJvm.Result runAgainst(Variant variant) throws IOException {
        return run(compile(temp.resolve("classes"), variant), copyOfTheOriginalCache());
    }

    private Path copyOfTheOriginalCache() {
        Path cache = temp.resolve("cache");
        CacheFiles.copy(original.resolve("cache"), cache);
        return cache;
    }

    private static ForkedJvm.Result run(Path classes, Path cache) {
        return ForkedJvm.java().withAgent().option("-XX:TieredStopAtLevel=1").option("-Xmx64m")
                .systemProperty("memoria.cache.dir", cache).classPath(classes).classPathOf(CacheData.class)
                .main(CLASS_NAME).run();
    }

    private static Path compile(Path directory, Variant variant) throws IOException {
        Files.createDirectories(directory);
        Javac.compile(directory, CLASS_NAME, variant.source(), CacheData.class);
        return directory;
    }

    /** Versions of the app's source, as a developer would edit it between two runs. */
    enum Variant {
        ORIGINAL("", "total", "", 2),
        SHIFTED_LINES("\n\n    // The price of a quantity, at today's rate.\n\n", "total", "", 2),
        RENAMED_LOCALS("", "amount", "", 2),
        RENUMBERED_LAMBDAS("\n    static Runnable unrelated() {\n        return () -> System.out.println(\"unrelated\");\n    }\n",
                "total", "", 2),
        EDITED_BODY("", "total", " + 1", 2),
        EDITED_HELPER("", "total", "", 3);

        private final String above;
        private final String local;
        private final String added;
        private final int rate;

        Variant(String above, String local, String added, int rate) {
            this.above = above;
            this.local = local;
            this.added = added;
            this.rate = rate;
        }

        String source() {
            return """
                    package dev.memoria.it.disk.gen;

                    import dev.memoria.CacheData;
                    import dev.memoria.Persist;
                    import java.util.function.IntUnaryOperator;

                    public final class Pricing {

                        public static void main(String[] args) {
                            System.out.println("price(10) = " + price(10));
                        }
                    %1$s
                        @CacheData(persist = Persist.DISK)
                        static int price(int quantity) {
                            System.out.println("ran price(" + quantity + ")");
                            IntUnaryOperator pricing = q -> q * Rates.rate();
                            int %2$s = pricing.applyAsInt(quantity);
                            return %2$s%3$s;
                        }
                    }

                    final class Rates {

                        static int rate() {
                            return %4$d;
                        }
                    }
                    """.formatted(above, local, added, rate);
        }
    }
}
