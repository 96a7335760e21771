package dev.memoria.agent.fingerprint;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The contract of {@link Fingerprinter#fingerprints}: its result, its errors, and its robustness to bad input. */
class FingerprinterTest {

    private static final FixtureProject FIXTURE = FixtureProject.fromResources("fingerprint-fixture");
    private static final String CALC = "fx/Calc";
    private static final String COMPUTE = "compute(I)I";

    private static CompiledFixture unedited;

    @BeforeAll
    static void compileUnedited(@TempDir Path output) {
        unedited = FIXTURE.compile(output);
    }

    @Test
    @DisplayName("one fingerprint per method key, 32 lowercase hex characters, in the order asked")
    void fingerprintFormat() {
        Map<String, String> fingerprints = unedited.fingerprints("fx/Parity", List.of("isOdd(I)Z", "isEven(I)Z"));

        assertThat(fingerprints.keySet()).containsExactly("isOdd(I)Z", "isEven(I)Z");
        assertThat(fingerprints.values()).allMatch(fingerprint -> fingerprint.matches("[0-9a-f]{32}"));
    }

    @Test
    @DisplayName("the owner's original bytes count, not the source's (possibly instrumented) copy")
    void originalBytesTakePrecedence(@TempDir Path output) {
        CompiledFixture changedOnDisk = FIXTURE.edit("fx/Calc.java", "x * 2", "x * 3").compile(output);

        String fromOriginal = new Fingerprinter(changedOnDisk.source())
                .fingerprints(unedited.classFile(CALC), List.of(COMPUTE))
                .get(COMPUTE);

        assertThat(fromOriginal).isEqualTo(unedited.fingerprint(CALC, COMPUTE));
    }

    @Test
    @DisplayName("an unreadable class file is skipped like a missing one, without an exception")
    void unreadableClassFileIsSkipped(@TempDir Path corrupt, @TempDir Path missing) throws Exception {
        CompiledFixture corrupted = FIXTURE.compile(corrupt);
        corrupted.replace("fx/Helper", new byte[] {(byte) 0xCA, (byte) 0xFE, 0, 1});
        CompiledFixture withoutHelper = FIXTURE.compile(missing);
        Files.delete(withoutHelper.root().resolve("fx/Helper.class"));

        assertThat(corrupted.fingerprint(CALC, COMPUTE))
                .isEqualTo(withoutHelper.fingerprint(CALC, COMPUTE))
                .isNotEqualTo(unedited.fingerprint(CALC, COMPUTE));
    }

    @Test
    @DisplayName("a source that throws is treated as knowing no class")
    void failingSourceKnowsNothing() {
        ClassSource failing = new ClassSource() {
            @Override
            public byte[] classFile(String internalName) {
                throw new IllegalStateException("class loader closed");
            }

            @Override
            public boolean isProject(String internalName) {
                throw new IllegalStateException("class loader closed");
            }

            @Override
            public Iterable<String> projectClasses() {
                throw new IllegalStateException("class loader closed");
            }
        };

        Map<String, String> fingerprints =
                new Fingerprinter(failing).fingerprints(unedited.classFile(CALC), List.of(COMPUTE));

        assertThat(fingerprints.get(COMPUTE)).matches("[0-9a-f]{32}");
    }

    @Test
    @DisplayName("supertypes default to the class file's header")
    void defaultSupertypesReadTheClassFile() {
        ClassSource bytesOnly = new ClassSource() {
            @Override
            public byte[] classFile(String internalName) {
                return unedited.source().classFile(internalName);
            }

            @Override
            public boolean isProject(String internalName) {
                return internalName.startsWith("fx/");
            }

            @Override
            public Iterable<String> projectClasses() {
                return List.of();
            }
        };

        assertThat(bytesOnly.supertypes("fx/Circle")).containsExactly("java/lang/Object", "fx/Shape");
        assertThat(bytesOnly.supertypes("fx/Missing")).isEmpty();
    }

    @Test
    @DisplayName("a method the class does not declare is an error")
    void unknownMethod() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> unedited.fingerprint(CALC, "compute(J)J"))
                .withMessageContaining("fx/Calc").withMessageContaining("compute(J)J");
    }

    @Test
    @DisplayName("owner bytes that are not a class file are an error")
    void ownerNotAClassFile() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Fingerprinter(unedited.source()).fingerprints(new byte[] {1, 2, 3},
                        List.of(COMPUTE)));
    }
}
