package dev.memoria.it.reload;

import dev.memoria.internal.call.Engine;
import dev.memoria.CacheData;
import dev.memoria.Explanation;
import dev.memoria.Memoria;
import dev.memoria.it.support.FreshCaches;
import dev.memoria.it.support.Javac;
import dev.memoria.it.support.TestEnvironment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hot reload with edited code: {@code explain} names the new code version and what changed, down to a callee two
 * calls deep, and {@code memoria.explain} prints it once, on the new version's first miss.
 */
@ExtendWith(FreshCaches.class)
@DisplayName("A new code version after a hot reload: what changed, explained")
class CodeChangeExplainedIT {

    private static final String CLASS_NAME = "dev.memoria.it.reload.gen.Sales";

    @TempDir
    Path temp;

    @AfterEach
    void explainOff() {
        System.clearProperty("memoria.explain");
    }

    @Test
    @DisplayName("a callee two calls deep edited: explain names it with its call path; the first miss prints it")
    void calleeTwoCallsDeep() throws Exception {
        IntUnaryOperator original = load(compile("v1", "price * 9 / 10"));
        IntUnaryOperator edited = load(compile("v2", "price * 8 / 10"));
        assertThat(original.applyAsInt(100)).isEqualTo(90);

        Explanation explanation = Memoria.function(edited.getClass(), "load", long.class).explain(100L);

        assertThat(explanation.cause()).isEqualTo(Explanation.Cause.NEW_CODE_VERSION);
        assertThat(explanation.codeChanges()).containsExactly(
                "Sales.load(long) → Pricing.total(long) → Pricing.discount(long): body changed");

        System.setProperty("memoria.explain", "true");
        assertThat(edited.applyAsInt(100)).isEqualTo(80);
        assertThat(edited.applyAsInt(100)).isEqualTo(80);
        assertThat(Engine.jvm().reporter().reported()).filteredOn(message -> message.contains("Sales.load(long) starts a new code"))
                .singleElement().asString()
                .contains("Sales.load(long) → Pricing.total(long) → Pricing.discount(long): body changed");
    }

    private Path compile(String version, String discount) throws Exception {
        String sales = """
                package dev.memoria.it.reload.gen;

                import dev.memoria.CacheData;

                public final class Sales implements java.util.function.IntUnaryOperator {

                    @Override
                    public int applyAsInt(int amount) {
                        return (int) load(amount);
                    }

                    @CacheData
                    static long load(long amount) {
                        return Pricing.total(amount);
                    }
                }
                """;
        String pricing = """
                package dev.memoria.it.reload.gen;

                final class Pricing {

                    static long total(long price) {
                        return discount(price);
                    }

                    static long discount(long price) {
                        return %s;
                    }
                }
                """.formatted(discount);
        Path directory = Files.createDirectories(temp.resolve(version));
        Javac.compile(directory, Map.of(CLASS_NAME, sales, "dev.memoria.it.reload.gen.Pricing", pricing),
                List.of(TestEnvironment.locationOf(CacheData.class)));
        return directory;
    }

    private static IntUnaryOperator load(Path classes) throws Exception {
        URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                CodeChangeExplainedIT.class.getClassLoader());
        return (IntUnaryOperator) Class.forName(CLASS_NAME, true, loader).getDeclaredConstructor().newInstance();
    }
}
