package dev.memoria.agent.fingerprint;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The transitive part of a fingerprint: which project code a method's fingerprint covers beyond its own body, and
 * that recursion is hashed the same whichever method is fingerprinted first.
 */
class FingerprintClosureTest {

    private static final FixtureProject FIXTURE = FixtureProject.fromResources("fingerprint-fixture");
    private static final String PARITY = "fx/Parity";
    private static final String IS_EVEN = "isEven(I)Z";
    private static final String IS_ODD = "isOdd(I)Z";

    private static CompiledFixture unedited;

    @BeforeAll
    static void compileUnedited(@TempDir Path output) {
        unedited = FIXTURE.compile(output);
    }

    @Test
    @DisplayName("mutual recursion: the same fingerprints whichever method is fingerprinted first")
    void mutualRecursionIsOrderIndependent() {
        byte[] parity = unedited.classFile(PARITY);
        Fingerprinter evenFirst = new Fingerprinter(unedited.source());
        String evenFromEvenFirst = evenFirst.fingerprints(parity, List.of(IS_EVEN)).get(IS_EVEN);
        String oddFromEvenFirst = evenFirst.fingerprints(parity, List.of(IS_ODD)).get(IS_ODD);
        Fingerprinter oddFirst = new Fingerprinter(unedited.source());
        String oddFromOddFirst = oddFirst.fingerprints(parity, List.of(IS_ODD)).get(IS_ODD);
        String evenFromOddFirst = oddFirst.fingerprints(parity, List.of(IS_EVEN)).get(IS_EVEN);

        assertThat(evenFromEvenFirst).isEqualTo(evenFromOddFirst);
        assertThat(oddFromEvenFirst).isEqualTo(oddFromOddFirst);
        assertThat(evenFromEvenFirst).as("members of one cycle still differ").isNotEqualTo(oddFromEvenFirst);
    }

    @Test
    @DisplayName("mutual recursion: editing isOdd changes the fingerprint of isEven")
    void mutuallyRecursiveCalleeEdited(@TempDir Path output) {
        CompiledFixture edited = FIXTURE.edit("fx/Parity.java", "n != 0", "n > 0").compile(output);

        assertThat(edited.fingerprint(PARITY, IS_EVEN)).isNotEqualTo(unedited.fingerprint(PARITY, IS_EVEN));
    }

    @Test
    @DisplayName("an implementation of a called interface method edited: changed")
    void interfaceImplementationEdited(@TempDir Path output) {
        assertChanged(FIXTURE.edit("fx/Circle.java", "Math.PI * radius * radius", "Math.PI * radius * radius / 2"),
                output, "fx/Shapes", "totalArea(Ljava/util/List;)D");
    }

    @Test
    @DisplayName("an override of a called superclass method edited: changed")
    void superclassOverrideEdited(@TempDir Path output) {
        assertChanged(FIXTURE.edit("fx/LoudGreeter.java", "name.toUpperCase()", "name"),
                output, "fx/Greetings", "welcome(Lfx/Greeter;)Ljava/lang/String;");
    }

    @Test
    @DisplayName("the initializer of a non-constant static that the method reads edited: changed")
    void staticInitializerEdited(@TempDir Path output) {
        assertChanged(FIXTURE.edit("fx/Settings.java", "List.of(\"alpha\", \"beta\")", "List.of(\"alpha\")"),
                output, "fx/Report", "count()I");
    }

    @Test
    @DisplayName("a project method called only from an anonymous class's body edited: changed")
    void calleeOfAnonymousClassEdited(@TempDir Path output) {
        assertChanged(FIXTURE.edit("fx/Helper.java", "value - 3", "value - 4"),
                output, "fx/Tasks", "adjusting([I)Ljava/lang/Runnable;");
    }

    @Test
    @DisplayName("an unrelated class edited: same")
    void unrelatedClassEdited(@TempDir Path output) {
        CompiledFixture edited = FIXTURE.edit("fx/Unrelated.java", "return 42;", "return 43;").compile(output);

        assertThat(edited.classFile("fx/Unrelated")).isNotEqualTo(unedited.classFile("fx/Unrelated"));
        assertThat(edited.fingerprint("fx/Calc", "compute(I)I"))
                .isEqualTo(unedited.fingerprint("fx/Calc", "compute(I)I"));
    }

    @Test
    @DisplayName("a JDK call (String.valueOf) is not walked, although its class file is at hand")
    void jdkCallIsNotWalked() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {unedited.root().toUri().toURL()}, null)) {
            RecordingSource source = new RecordingSource(ClassSource.forClassLoader(loader, "fx/Calc"));
            assertThat(source.classFile("java/lang/String")).as("the JDK's class file").isNotNull();
            source.classFilesRead.clear();

            new Fingerprinter(source).fingerprints(unedited.classFile("fx/Calc"), List.of("compute(I)I"));

            assertThat(source.classFilesRead)
                    .contains("fx/Helper", "fx/Calc$1")
                    .allMatch(name -> name.startsWith("fx/"), "is project code");
        }
    }

    private static void assertChanged(FixtureProject edit, Path output, String owner, String method) {
        assertThat(edit.compile(output).fingerprint(owner, method)).isNotEqualTo(unedited.fingerprint(owner, method));
    }

    /** Records which class files the fingerprinter reads. */
    private static final class RecordingSource implements ClassSource {

        final List<String> classFilesRead = new ArrayList<>();
        private final ClassSource delegate;

        RecordingSource(ClassSource delegate) {
            this.delegate = delegate;
        }

        @Override
        public byte[] classFile(String internalName) {
            classFilesRead.add(internalName);
            return delegate.classFile(internalName);
        }

        @Override
        public boolean isProject(String internalName) {
            return delegate.isProject(internalName);
        }

        @Override
        public Iterable<String> projectClasses() {
            return delegate.projectClasses();
        }

        @Override
        public List<String> supertypes(String internalName) {
            return delegate.supertypes(internalName);
        }
    }
}
