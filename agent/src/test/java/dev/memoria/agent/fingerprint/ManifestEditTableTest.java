package dev.memoria.agent.fingerprint;

import dev.memoria.internal.site.Manifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rows of the fingerprint edit table ({@link FingerprintEditTableTest}) seen through the manifest: an edit that
 * changes the fingerprint is named, member and call path; a recompile that keeps it names nothing.
 */
class ManifestEditTableTest {

    private static final String CALC = "fx/Calc";
    private static final String CALC_SOURCE = "fx/Calc.java";
    private static final String COMPUTE = "compute(I)I";
    private static final FixtureProject FIXTURE = FixtureProject.fromResources("fingerprint-fixture");

    private static Manifest unedited;

    @BeforeAll
    static void compileUnedited(@TempDir Path output) {
        unedited = manifestOf(FIXTURE.compile(output));
    }

    @Test
    @DisplayName("v5 callee Helper.adjust changed: names Helper.adjust(int), reached from compute")
    void calleeBodyChanged(@TempDir Path output) {
        assertThat(changes(FIXTURE.edit("fx/Helper.java", "value - 3", "value - 4").compile(output)))
                .containsExactly("Calc.compute(int) → Helper.adjust(int): body changed");
    }

    @Test
    @DisplayName("v6 inlined constant Constants.FACTOR changed: names the lambda that reads it")
    void inlinedConstantChanged(@TempDir Path output) {
        assertThat(changes(FIXTURE.edit("fx/Constants.java", "FACTOR = 7", "FACTOR = 8").compile(output)))
                .containsExactly("Calc.compute(int) → lambda #1: body changed");
    }

    @Test
    @DisplayName("v7 the method's own body changed: names compute only")
    void ownBodyChanged(@TempDir Path output) {
        assertThat(changes(FIXTURE.edit(CALC_SOURCE, "x * 2", "x * 3").compile(output)))
                .containsExactly("Calc.compute(int): body changed");
    }

    @Test
    @DisplayName("v9 only the lambda body changed: names the lambda, not compute")
    void lambdaBodyChanged(@TempDir Path output) {
        assertThat(changes(FIXTURE.edit(CALC_SOURCE, "v * Constants.FACTOR", "v * Constants.FACTOR + 1")
                .compile(output)))
                .containsExactly("Calc.compute(int) → lambda #1: body changed");
    }

    @Test
    @DisplayName("anonymous class body edited: names its method, not compute")
    void anonymousClassBodyEdited(@TempDir Path output) {
        assertThat(changes(FIXTURE.edit(CALC_SOURCE, "v + scaled", "v - scaled").compile(output)))
                .containsExactly("Calc.compute(int) → local class #1.applyAsInt(int): body changed");
    }

    @Test
    @DisplayName("a callee two calls deep changed: names it with the whole path")
    void calleeTwoCallsDeep(@TempDir Path before, @TempDir Path after) {
        FixtureProject deeper = FIXTURE.edit("fx/Helper.java", "return value - 3;", "return Rounding.down(value) - 3;")
                .with("fx/Rounding.java", """
                        package fx;

                        public class Rounding {
                            public static int down(int value) {
                                return value - value % 2;
                            }
                        }
                        """);
        Manifest original = manifestOf(deeper.compile(before));
        Manifest edited = manifestOf(deeper.edit("fx/Rounding.java", "value % 2", "value % 4").compile(after));

        assertThat(edited.changesSince(original).stream().map(Manifest.Change::toString))
                .containsExactly("Calc.compute(int) → Helper.adjust(int) → Rounding.down(int): body changed");
    }

    @Test
    @DisplayName("a callee added and one removed: named as added and removed")
    void calleeAddedAndRemoved(@TempDir Path output) {
        FixtureProject edited = FIXTURE.edit(CALC_SOURCE, "Helper.adjust(", "Rounding.up(")
                .with("fx/Rounding.java", """
                        package fx;

                        public class Rounding {
                            public static int up(int value) {
                                return value + value % 2;
                            }
                        }
                        """);

        assertThat(changes(edited.compile(output))).containsExactly(
                "Calc.compute(int): body changed",
                "Calc.compute(int) → Rounding.up(int): added",
                "Calc.compute(int) → Helper.adjust(int): removed");
    }

    @Test
    @DisplayName("recompiles that keep the fingerprint name nothing: lambda and anonymous class renumbered, -g:none")
    void recompilesNameNothing(@TempDir Path lambda, @TempDir Path anonymous, @TempDir Path noDebug) {
        assertThat(changes(FIXTURE.edit(CALC_SOURCE, "    @CacheData", """
                    public Runnable compute() {
                        return () -> System.out.println("earlier");
                    }

                    @CacheData""").compile(lambda))).isEmpty();
        assertThat(changes(FIXTURE.edit(CALC_SOURCE, "    @CacheData", """
                    public Object earlier() {
                        return new Object() {
                            @Override
                            public String toString() {
                                return "earlier";
                            }
                        };
                    }

                    @CacheData""").compile(anonymous))).isEmpty();
        assertThat(changes(FIXTURE.compile(noDebug, List.of("-g:none", "--release", "17")))).isEmpty();
    }

    @Test
    @DisplayName("the manifest survives its text form")
    void encodesAndDecodes() {
        assertThat(Manifest.decode(unedited.encode())).isEqualTo(unedited);
        assertThat(unedited.members()).hasSizeGreaterThanOrEqualTo(4);
    }

    private static List<String> changes(CompiledFixture edited) {
        return manifestOf(edited).changesSince(unedited).stream().map(Manifest.Change::toString).toList();
    }

    private static Manifest manifestOf(CompiledFixture fixture) {
        return fixture.manifest(CALC, COMPUTE);
    }
}
