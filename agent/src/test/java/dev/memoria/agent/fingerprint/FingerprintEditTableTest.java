package dev.memoria.agent.fingerprint;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The edits of the fingerprint experiment (jvm-agent-architecture.md, section 4.2), applied to its fixture
 * {@code fx.Calc.compute}: each test compiles an edited copy of the fixture and compares the fingerprint of
 * {@code compute} with the unedited one's. Recompiling unchanged code must keep it; changing what runs must change it.
 */
class FingerprintEditTableTest {

    private static final String CALC = "fx/Calc";
    private static final String CALC_SOURCE = "fx/Calc.java";
    private static final String COMPUTE = "compute(I)I";
    /** Set by {@code .ci/run}: there, a missing second JDK fails the test instead of skipping it. */
    private static final String REQUIRE_SECOND_JDK = "memoria.requireSecondJdk";
    private static final FixtureProject FIXTURE = FixtureProject.fromResources("fingerprint-fixture");

    private static CompiledFixture unedited;

    @BeforeAll
    static void compileUnedited(@TempDir Path output) {
        unedited = FIXTURE.compile(output);
    }

    @Test
    @DisplayName("v1 blank lines and a comment above the method (line numbers shift): same")
    void linesShiftedAbove(@TempDir Path output) {
        assertSame(FIXTURE.edit(CALC_SOURCE, "    @CacheData", "    // shifts every line below\n\n\n    @CacheData")
                .compile(output));
    }

    @Test
    @DisplayName("v2 local variable renamed, including one an anonymous class captures: same")
    void localRenamed(@TempDir Path output) {
        assertSame(FIXTURE.edit(CALC_SOURCE, "scaled", "doubled").compile(output));
    }

    @Test
    @DisplayName("v3 unrelated method added (the constant pool grows and reorders): same")
    void unrelatedMethodAdded(@TempDir Path output) {
        assertSame(FIXTURE.edit(CALC_SOURCE, "    @CacheData", """
                    public long unrelated(long value) {
                        return value * 31 + "unrelated".length();
                    }

                    @CacheData""").compile(output));
    }

    @Test
    @DisplayName("v4 lambda added in an earlier method (lambda$compute$0 becomes lambda$compute$1): same;"
            + " the earlier method is an overload, since javac 21+ numbers lambdas per method name")
    void lambdaRenumbered(@TempDir Path output) {
        CompiledFixture edited = FIXTURE.edit(CALC_SOURCE, "    @CacheData", """
                    public Runnable compute() {
                        return () -> System.out.println("earlier");
                    }

                    @CacheData""").compile(output);

        assertThat(unedited.methodKeys(CALC)).contains("lambda$compute$0(I)I");
        assertThat(edited.methodKeys(CALC)).contains("lambda$compute$1(I)I").doesNotContain("lambda$compute$0(I)I");
        assertSame(edited);
    }

    @Test
    @DisplayName("v11 methods reordered: same")
    void methodsReordered(@TempDir Path output) {
        String nameMethod = """

                    public String name() {
                        return "calc";
                    }
                """;
        CompiledFixture edited = FIXTURE.edit(CALC_SOURCE, nameMethod, "\n")
                .edit(CALC_SOURCE, "public class Calc {\n", "public class Calc {\n" + nameMethod)
                .compile(output);

        assertThat(edited.methodKeys(CALC)).containsSubsequence("name()Ljava/lang/String;", COMPUTE);
        assertSame(edited);
    }

    @Test
    @DisplayName("v8 compiled with -g:none: same")
    void compiledWithoutDebugInformation(@TempDir Path output) {
        assertSame(FIXTURE.compile(output, List.of("-g:none", "--release", "17")));
    }

    @Test
    @DisplayName("v10 only the constant-pool order differs (class rewritten by ASM): same")
    void constantPoolReordered(@TempDir Path output) {
        CompiledFixture rewritten = FIXTURE.compile(output);
        rewritten.replace(CALC, ClassRewriting.withRebuiltConstantPool(rewritten.classFile(CALC)));

        assertThat(rewritten.text(CALC)).as("the class content, without pool indices").isEqualTo(unedited.text(CALC));
        assertSame(rewritten);
    }

    @Test
    @DisplayName("v10 an anonymous class's constructor stores its captures in the other javac's order: same")
    void capturedStoresReordered(@TempDir Path output) {
        CompiledFixture rewritten = FIXTURE.compile(output);
        String anonymous = CALC + "$1";
        rewritten.replace(anonymous, ClassRewriting.withConstructorStoresSwapped(rewritten.classFile(anonymous)));

        assertThat(rewritten.text(anonymous)).isNotEqualTo(unedited.text(anonymous));
        assertThat(fingerprintOfCompute(rewritten)).isEqualTo(fingerprintOfCompute(unedited));
    }

    @Test
    @DisplayName("v10 compiled by another JDK's javac (found beside this JDK, or -Dmemoria.test.javac): same;"
            + " skipped without one unless -Dmemoria.requireSecondJdk=true (CI), which makes its absence a failure")
    void compiledByAnotherJdk(@TempDir Path work) throws Exception {
        Optional<Path> javac = OtherJdk.javac();
        String missing = "needs a second JDK: none of another version was found beside "
                + System.getProperty("java.home") + "; name one with -Dmemoria.test.javac=<path to its javac>";
        if (Boolean.getBoolean(REQUIRE_SECOND_JDK)) {
            assertThat(javac).as(missing + " (-D" + REQUIRE_SECOND_JDK + "=true: it is required)").isPresent();
        }
        assumeTrue(javac.isPresent(), missing);

        CompiledFixture other = FIXTURE.compileWith(javac.get(), work);

        assertThat(fingerprintOfCompute(other)).isEqualTo(fingerprintOfCompute(unedited));
    }

    @Test
    @DisplayName("v5 callee Helper.adjust changed: changed")
    void calleeBodyChanged(@TempDir Path output) {
        assertChanged(FIXTURE.edit("fx/Helper.java", "value - 3", "value - 4").compile(output));
    }

    @Test
    @DisplayName("v6 inlined constant Constants.FACTOR changed: changed")
    void inlinedConstantChanged(@TempDir Path output) {
        assertChanged(FIXTURE.edit("fx/Constants.java", "FACTOR = 7", "FACTOR = 8").compile(output));
    }

    @Test
    @DisplayName("v7 the method's own body changed: changed")
    void ownBodyChanged(@TempDir Path output) {
        assertChanged(FIXTURE.edit(CALC_SOURCE, "x * 2", "x * 3").compile(output));
    }

    @Test
    @DisplayName("v9 only the lambda body changed: changed")
    void lambdaBodyChanged(@TempDir Path output) {
        assertChanged(FIXTURE.edit(CALC_SOURCE, "v * Constants.FACTOR", "v * Constants.FACTOR + 1").compile(output));
    }

    @Test
    @DisplayName("anonymous class added in an earlier method (Calc$1 becomes Calc$2): same")
    void anonymousClassRenumbered(@TempDir Path output) {
        CompiledFixture edited = FIXTURE.edit(CALC_SOURCE, "    @CacheData", """
                    public Object earlier() {
                        return new Object() {
                            @Override
                            public String toString() {
                                return "earlier";
                            }
                        };
                    }

                    @CacheData""").compile(output);

        assertThat(edited.root().resolve("fx/Calc$2.class")).exists();
        assertThat(unedited.root().resolve("fx/Calc$2.class")).doesNotExist();
        assertSame(edited);
    }

    @Test
    @DisplayName("anonymous class body edited: changed")
    void anonymousClassBodyEdited(@TempDir Path output) {
        assertChanged(FIXTURE.edit(CALC_SOURCE, "v + scaled", "v - scaled").compile(output));
    }

    @Test
    @DisplayName("an attribute of @CacheData changed (ttl): same, annotations do not enter")
    void cacheAnnotationAttributeChanged(@TempDir Path output) {
        assertSame(FIXTURE.edit(CALC_SOURCE, "ttl = \"1h\"", "ttl = \"2h\"").compile(output));
    }

    private static void assertSame(CompiledFixture edited) {
        assertThat(edited.classFile(CALC)).as("the edit reaches the class file").isNotEqualTo(unedited.classFile(CALC));
        assertThat(fingerprintOfCompute(edited)).isEqualTo(fingerprintOfCompute(unedited));
    }

    private static void assertChanged(CompiledFixture edited) {
        assertThat(fingerprintOfCompute(edited)).isNotEqualTo(fingerprintOfCompute(unedited));
    }

    private static String fingerprintOfCompute(CompiledFixture fixture) {
        return fixture.fingerprint(CALC, COMPUTE);
    }
}
