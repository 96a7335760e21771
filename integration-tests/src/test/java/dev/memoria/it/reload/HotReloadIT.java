package dev.memoria.it.reload;

import dev.memoria.CacheData;
import dev.memoria.Memoria;
import dev.memoria.it.support.FreshCaches;
import dev.memoria.it.support.Javac;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntUnaryOperator;

import static dev.memoria.it.reload.ReloadLog.CALLS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hot reload as a dev server does it: the class is compiled again and loaded by a fresh class loader (whose parent
 * is the test's, so it sees Memoria). A cache is identified by the method's code, not by the Class object: unchanged
 * code finds its entries again, changed code (the method or a helper it calls) starts afresh.
 */
@ExtendWith(FreshCaches.class)
@DisplayName("Hot reload: a reloaded class reaches its entries unless its code changed")
class HotReloadIT {

    private static final String CLASS_NAME = "dev.memoria.it.reload.gen.Prices";

    @TempDir
    Path temp;

    @DisplayName("The same class bytes loaded again by a new class loader hit the entries of the first load")
    @ParameterizedTest(name = "@{0}")
    @ValueSource(strings = {"CacheData", "CacheResource"})
    void identicalBytesInANewLoaderHit(String annotation) throws Exception {
        Path classes = compile("v1", annotation, "", "quantity * rate()", 2);

        assertThat(load(classes).applyAsInt(10)).isEqualTo(20);
        assertThat(load(classes).applyAsInt(10)).isEqualTo(20);

        assertThat(CALLS.count("price")).isEqualTo(1);
    }

    @DisplayName("A recompile that only shifts the method down by blank lines still hits")
    @ParameterizedTest(name = "@{0}")
    @ValueSource(strings = {"CacheData", "CacheResource"})
    void blankLinesAboveTheMethodStillHit(String annotation) throws Exception {
        Path original = compile("v1", annotation, "", "quantity * rate()", 2);
        Path shifted = compile("v1-shifted", annotation, "\n\n\n", "quantity * rate()", 2);

        assertThat(load(original).applyAsInt(10)).isEqualTo(20);
        assertThat(load(shifted).applyAsInt(10)).isEqualTo(20);

        assertThat(CALLS.count("price")).isEqualTo(1);
    }

    @DisplayName("An edited method misses and returns the new result; the old version's entry stays until cleared")
    @ParameterizedTest(name = "@{0}")
    @ValueSource(strings = {"CacheData", "CacheResource"})
    void editedMethodMisses(String annotation) throws Exception {
        Path original = compile("v1", annotation, "", "quantity * rate()", 2);
        Path edited = compile("v2", annotation, "", "quantity * rate() + 1", 2);

        assertThat(load(original).applyAsInt(10)).isEqualTo(20);
        IntUnaryOperator reloaded = load(edited);
        assertThat(reloaded.applyAsInt(10)).isEqualTo(21);
        assertThat(reloaded.applyAsInt(10)).isEqualTo(21);

        assertThat(CALLS.count("price")).isEqualTo(2);
        assertThat(Memoria.function(reloaded.getClass(), "price").stats().entries()).isEqualTo(2);
    }

    @DisplayName("An edited helper that the cached method calls makes it miss, though the method itself is unchanged")
    @ParameterizedTest(name = "@{0}")
    @ValueSource(strings = {"CacheData", "CacheResource"})
    void editedHelperMisses(String annotation) throws Exception {
        Path original = compile("v1", annotation, "", "quantity * rate()", 2);
        Path edited = compile("v3", annotation, "", "quantity * rate()", 3);

        assertThat(load(original).applyAsInt(10)).isEqualTo(20);
        assertThat(load(edited).applyAsInt(10)).isEqualTo(30);
        assertThat(load(edited).applyAsInt(10)).as("the edited version caches in turn").isEqualTo(30);

        assertThat(CALLS.count("price")).isEqualTo(2);
    }

    /**
     * Compiles a version of {@code Prices} into its own directory.
     *
     * @param blankLines inserted above the cached method
     * @param expression what {@code price} returns
     * @param rate       what the helper {@code rate()} returns
     */
    private Path compile(String version, String annotation, String blankLines, String expression, int rate)
            throws IOException {
        String source = """
                package dev.memoria.it.reload.gen;

                import dev.memoria.%1$s;
                import dev.memoria.it.reload.ReloadLog;

                public final class Prices implements java.util.function.IntUnaryOperator {

                    @Override
                    public int applyAsInt(int quantity) {
                        return price(quantity);
                    }
                %2$s
                    @%1$s
                    static int price(int quantity) {
                        ReloadLog.CALLS.record("price", quantity);
                        return %3$s;
                    }

                    private static int rate() {
                        return %4$d;
                    }
                }
                """.formatted(annotation, blankLines, expression, rate);
        Path directory = Files.createDirectories(temp.resolve(version));
        Javac.compile(directory, CLASS_NAME, source, CacheData.class, ReloadLog.class);
        return directory;
    }

    /** Loads {@code Prices} from {@code classes} with a fresh class loader, as a hot-reloading dev server does. */
    private static IntUnaryOperator load(Path classes) throws Exception {
        URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                HotReloadIT.class.getClassLoader());
        return (IntUnaryOperator) Class.forName(CLASS_NAME, true, loader).getDeclaredConstructor().newInstance();
    }
}
