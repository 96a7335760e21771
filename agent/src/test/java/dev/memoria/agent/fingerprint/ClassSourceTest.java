package dev.memoria.agent.fingerprint;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the built-in sources count as project code, and that they read class files without loading classes. */
class ClassSourceTest {

    private static final FixtureProject FIXTURE = FixtureProject.fromResources("fingerprint-fixture");
    private static final String COMPUTE = "compute(I)I";

    private static CompiledFixture compiled;

    @BeforeAll
    static void compile(@TempDir Path output) {
        compiled = FIXTURE.compile(output);
    }

    @Test
    @DisplayName("class loader: the owner's jar and every directory are project code, other jars are libraries")
    void classLoaderProjectRoots(@TempDir Path work) throws IOException {
        try (URLClassLoader loader = splitIntoRoots(compiled, work)) {
            ClassSource source = ClassSource.forClassLoader(loader, "fx/Calc");

            assertThat(source.isProject("fx/Calc")).as("the owner").isTrue();
            assertThat(source.isProject("fx/Calc$1")).as("in the owner's jar").isTrue();
            assertThat(source.isProject("fx/Constants")).as("in a directory").isTrue();
            assertThat(source.isProject("fx/Helper")).as("in another jar").isFalse();
            assertThat(source.isProject("java/lang/String")).as("in the JDK").isFalse();
            assertThat(source.isProject("fx/Missing")).as("nowhere").isFalse();
            assertThat(source.classFile("fx/Helper")).as("a library's class file")
                    .isEqualTo(compiled.classFile("fx/Helper"));
            assertThat(source.projectClasses()).contains("fx/Calc", "fx/Calc$1", "fx/Constants", "fx/Square")
                    .doesNotContain("fx/Helper");
            assertThat(source.supertypes("fx/Square")).containsExactly("java/lang/Object", "fx/Shape");
        }
    }

    @Test
    @DisplayName("class loader: an edit inside a library jar keeps the fingerprint (libraries are not walked)")
    void libraryEditIsNotSeen(@TempDir Path work) throws IOException {
        CompiledFixture edited = FIXTURE.edit("fx/Helper.java", "value - 3", "value - 4")
                .compile(work.resolve("edited"));
        try (URLClassLoader original = splitIntoRoots(compiled, work.resolve("original"));
             URLClassLoader upgraded = splitIntoRoots(edited, work.resolve("upgraded"))) {
            assertThat(fingerprintOfCompute(upgraded)).isEqualTo(fingerprintOfCompute(original));
        }
    }

    @Test
    @DisplayName("class path: every class under the given directories and jars is project code, nothing else")
    void classPathRoots(@TempDir Path work) throws IOException {
        Path jar = compiled.jar(work.resolve("shapes.jar"), "fx/Shape", "fx/Circle");
        ClassSource source = ClassSource.forClassPath(List.of(compiled.root(), jar));

        assertThat(source.isProject("fx/Calc")).isTrue();
        assertThat(source.isProject("java/lang/String")).isFalse();
        assertThat(source.classFile("java/lang/String")).isNull();
        assertThat(source.classFile("fx/Circle")).isEqualTo(compiled.classFile("fx/Circle"));
        ClassSource jarOnly = ClassSource.forClassPath(List.of(jar));
        assertThat(jarOnly.classFile("fx/Circle")).isEqualTo(compiled.classFile("fx/Circle"));
        assertThat(jarOnly.projectClasses()).containsExactlyInAnyOrder("fx/Shape", "fx/Circle");
        assertThat(source.supertypes("fx/LoudGreeter")).containsExactly("fx/Greeter");
    }

    @Test
    @DisplayName("the shared index of a directory follows a recompile that adds an override")
    void indexFollowsRecompile(@TempDir Path output) {
        String totalArea = "totalArea(Ljava/util/List;)D";
        CompiledFixture before = FIXTURE.compile(output);
        String fingerprintBefore = before.fingerprint("fx/Shapes", totalArea);

        CompiledFixture after = FIXTURE.with("fx/Triangle.java", """
                package fx;

                public class Triangle implements Shape {

                    @Override
                    public double area() {
                        return 0.5;
                    }
                }
                """).compile(output);

        assertThat(after.classFile("fx/Shapes")).isEqualTo(before.classFile("fx/Shapes"));
        assertThat(after.fingerprint("fx/Shapes", totalArea)).isNotEqualTo(fingerprintBefore);
    }

    private static String fingerprintOfCompute(ClassLoader loader) {
        ClassSource source = ClassSource.forClassLoader(loader, "fx/Calc");
        return new Fingerprinter(source).fingerprints(source.classFile("fx/Calc"), List.of(COMPUTE)).get(COMPUTE);
    }

    /**
     * Spreads the fixture over three roots: the owner {@code fx/Calc} in app.jar, {@code fx/Helper} in lib.jar, the
     * rest in a directory. The loader fails any attempt to load a class.
     */
    private static URLClassLoader splitIntoRoots(CompiledFixture fixture, Path work) throws IOException {
        Path app = fixture.jar(Files.createDirectories(work).resolve("app.jar"), "fx/Calc", "fx/Calc$1");
        Path lib = fixture.jar(work.resolve("lib.jar"), "fx/Helper");
        Path classes = Files.createDirectories(work.resolve("classes/fx"));
        try (var files = Files.list(fixture.root().resolve("fx"))) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (!name.startsWith("Calc") && !name.startsWith("Helper")) {
                    Files.copy(file, classes.resolve(name));
                }
            }
        }
        URL[] roots = {app.toUri().toURL(), lib.toUri().toURL(), classes.getParent().toUri().toURL()};
        return new URLClassLoader(roots, null) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) {
                throw new AssertionError("a class source loaded " + name);
            }
        };
    }
}
