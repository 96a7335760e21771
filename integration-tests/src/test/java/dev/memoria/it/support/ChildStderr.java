package dev.memoria.it.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a forked JVM may print on stderr, exactly. On Java 24 and later the first use of Chronicle Map (the disk and
 * off-heap caches) makes the JDK print its four-line warning about {@code sun.misc.Unsafe}: expected, documented, and
 * gone with {@code --sun-misc-unsafe-memory-access=allow}. On Java 17 to 23 there is no warning at all. Anything else
 * is a line the test named: a {@code [memoria]} report it provoked, or a line the app prints itself.
 *
 * <p>The forked JVMs run the same {@code java} as the test JVM, so its feature version is theirs.
 */
public final class ChildStderr {

    private static final List<Pattern> UNSAFE_WARNING = List.of(
            Pattern.compile("WARNING: A terminally deprecated method in sun\\.misc\\.Unsafe has been called"),
            Pattern.compile("WARNING: sun\\.misc\\.Unsafe::\\w+ has been called by"
                            + " dev\\.memoria\\.shaded\\.openhft\\.chronicle\\.core\\.UnsafeMemory \\(.*\\)"),
            Pattern.compile("WARNING: Please consider reporting this to the maintainers of class"
                            + " dev\\.memoria\\.shaded\\.openhft\\.chronicle\\.core\\.UnsafeMemory"),
            Pattern.compile("WARNING: sun\\.misc\\.Unsafe::\\w+ will be removed in a future release"));

    private ChildStderr() {
    }

    /** The JVM used Chronicle Map and printed nothing but the lines named (each matched by a fragment of it). */
    public static void assertChronicleUsedAnd(ForkedJvm.Result result, String... expectedLines) {
        assertStderr(result, true, expectedLines);
    }

    /** The JVM never used Chronicle Map and printed nothing but the lines named. */
    public static void assertChronicleUnusedAnd(ForkedJvm.Result result, String... expectedLines) {
        assertStderr(result, false, expectedLines);
    }

    /**
     * The lines left once the JDK's Unsafe warning is accounted for: it must appear exactly once on Java 24+ when
     * {@code chronicleUsed}, and never otherwise.
     */
    public static List<String> withoutUnsafeWarning(ForkedJvm.Result result, boolean chronicleUsed) {
        List<String> lines = new ArrayList<>(result.stderrLines());
        int start = -1;
        for (int i = 0; i + UNSAFE_WARNING.size() <= lines.size() && start < 0; i++) {
            boolean matches = true;
            for (int j = 0; j < UNSAFE_WARNING.size(); j++) {
                matches &= UNSAFE_WARNING.get(j).matcher(lines.get(i + j)).matches();
            }
            if (matches) {
                start = i;
            }
        }
        boolean expected = chronicleUsed && Runtime.version().feature() >= 24;
        assertThat(start >= 0)
                .as("the JDK's sun.misc.Unsafe warning %s on Java %d%n%s",
                        expected ? "is printed once" : "is not printed", Runtime.version().feature(), result)
                .isEqualTo(expected);
        if (start >= 0) {
            lines.subList(start, start + UNSAFE_WARNING.size()).clear();
        }
        return lines;
    }

    private static void assertStderr(ForkedJvm.Result result, boolean chronicleUsed, String... expectedLines) {
        List<String> rest = withoutUnsafeWarning(result, chronicleUsed);
        assertThat(rest).as("stderr besides the Unsafe warning, in order%n%s", result)
                .hasSize(expectedLines.length);
        for (int i = 0; i < expectedLines.length; i++) {
            assertThat(rest.get(i)).as("stderr line %d%n%s", i, result).contains(expectedLines[i]);
        }
    }
}
