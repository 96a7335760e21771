package dev.memoria.agent.fingerprint;

import dev.memoria.agent.rules.Rules;
import dev.memoria.agent.transform.Instrumenter;
import dev.memoria.internal.site.SiteDescriptor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule may name a method of a library jar, which has no annotations to find. Its fingerprint then covers the code
 * of that jar, the method's own root, and not the code of other jars: a new version of the library starts a new
 * cache, a new version of another library does not.
 */
class RulesLibraryFingerprintTest {

    private static final FixtureProject LIBRARY = FixtureProject.of(Map.of(
            "lib/Text.java", """
                    package lib;

                    public final class Text {
                        public static String shout(String text) {
                            return other.Marks.exclaim(Cases.upper(text));
                        }
                    }
                    """,
            "lib/Cases.java", """
                    package lib;

                    final class Cases {
                        static String upper(String text) {
                            return text.toUpperCase();
                        }
                    }
                    """,
            "other/Marks.java", """
                    package other;

                    public final class Marks {
                        public static String exclaim(String text) {
                            return text + "!";
                        }
                    }
                    """));
    private static final Rules SHOUT = Rules.parse("memoria.rules", "data lib.Text.shout");

    @TempDir
    Path work;

    @Test
    @DisplayName("an edit in the rule's own jar changes the fingerprint; an edit in another jar does not")
    void fingerprintCoversTheLibraryJar() throws IOException {
        String original = fingerprintOfShout(LIBRARY, "original");

        assertThat(fingerprintOfShout(LIBRARY, "recompiled")).isEqualTo(original);
        assertThat(fingerprintOfShout(LIBRARY.edit("lib/Cases.java", "toUpperCase()", "toUpperCase().strip()"),
                "edited-own-jar")).isNotEqualTo(original);
        assertThat(fingerprintOfShout(LIBRARY.edit("other/Marks.java", "\"!\"", "\"!!\""), "edited-other-jar"))
                .isEqualTo(original);
    }

    /** Ships the library as lib.jar beside other.jar and instruments lib.Text under the rule, as the agent would. */
    private String fingerprintOfShout(FixtureProject library, String name) throws IOException {
        Path directory = Files.createDirectories(work.resolve(name));
        CompiledFixture compiled = library.compile(Files.createDirectories(directory.resolve("classes")));
        Path lib = compiled.jar(directory.resolve("lib.jar"), "lib/Text", "lib/Cases");
        Path other = compiled.jar(directory.resolve("other.jar"), "other/Marks");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {lib.toUri().toURL(), other.toUri().toURL()},
                null)) {
            Instrumenter.Result result = new Instrumenter(SHOUT).instrument(compiled.classFile("lib/Text"),
                    ClassSource.forClassLoader(loader, "lib/Text"), null);
            assertThat(result.problems()).isEmpty();
            assertThat(result.sites()).extracting(SiteDescriptor::method).containsExactly("shout");
            return result.sites().get(0).fingerprint();
        }
    }
}
