package dev.memoria.agent.transform;

import dev.memoria.agent.fingerprint.ClassSource;
import dev.memoria.agent.rules.Rules;
import dev.memoria.internal.site.SiteDescriptor;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A wildcard rule leaves out methods whose work is a change: those that return nothing and those that may change what
 * they are given (found by {@link MutationAnalysis}); a rule that names a method exactly still caches it.
 */
class RuleMatchesTest {

    private static final String TEXTS = Texts.class.getName();

    /** Pure methods, and methods that change their arguments in the ways the analysis must see. */
    @SuppressWarnings("unused")
    public static final class Texts {
        private final List<String> seen = new ArrayList<>();

        public static String upper(String text) {
            return text.toUpperCase();
        }

        public static int sum(int[] values) {
            int sum = 0;
            for (int value : values) {
                sum += value;
            }
            return sum;
        }

        public static int[] copyWithFirst(int[] values, int first) {
            int[] copy = values.clone();
            copy[0] = first;
            return copy;
        }

        public static String charsOf(String text) {
            char[] chars = text.toCharArray();
            chars[0] = 'x';
            return new String(chars);
        }

        public static void reverse(int[] values) {
            Collections.reverse(List.of(values));
        }

        public static int[] zeroFirst(int[] values) {
            values[0] = 0;
            return values;
        }

        public static int[] zeroFirstThroughAHelper(int[] values) {
            return zeroFirst(values);
        }

        public static int sorted(List<String> names) {
            Collections.sort(names);
            return names.size();
        }

        public static int added(List<String> names) {
            names.add("x");
            return names.size();
        }

        public static int dropped(List<String> names) {
            names.iterator().remove();
            return names.size();
        }

        public static int pushed(int[][] grid) {
            grid[0][0] = 1;
            return grid.length;
        }

        public int remember(String text) {
            seen.add(text);
            return seen.size();
        }

        public static String trimmed(StringBuilder text) {
            return text.toString().trim();
        }

        public static int[] grownByAHelper(int[] values, int last) {
            int[] grown = grow(values);
            grown[grown.length - 1] = last;
            return grown;
        }

        private static int[] grow(int[] values) {
            return Arrays.copyOf(values, values.length + 1);
        }

        public static int[] zeroFirstOfTheSame(int[] values) {
            int[] same = identity(values);
            same[0] = 0;
            return same;
        }

        private static int[] identity(int[] values) {
            return values;
        }
    }

    private static byte[] classFile(Class<?> type) {
        String resource = "/" + type.getName().replace('.', '/') + ".class";
        try (InputStream in = RuleMatchesTest.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RuleMatches.InClass matches(String rules) {
        return RuleMatches.in(TEXTS.replace('.', '/'), classFile(Texts.class), Rules.parse("test.rules", rules));
    }

    private static String method(String nameAndParameters) {
        return TEXTS + "." + nameAndParameters;
    }

    @Test
    void aWildcardRuleCachesPureMethodsAndLeavesOutVoidAndMutatingOnes() {
        RuleMatches.InClass found = matches("data " + TEXTS + ".*\n");

        assertThat(found.matched()).extracting(RuleMatches.Matched::method).containsExactlyInAnyOrder(
                method("upper(String)"), method("sum(int[])"), method("copyWithFirst(int[], int)"),
                method("charsOf(String)"), method("trimmed(StringBuilder)"), method("grownByAHelper(int[], int)"),
                method("grow(int[])"), method("identity(int[])"));
        Map<String, String> leftOut = new HashMap<>();
        found.leftOut().forEach(left -> leftOut.put(left.method(), left.reason()));
        assertThat(leftOut).containsOnlyKeys(method("reverse(int[])"), method("zeroFirst(int[])"),
                method("zeroFirstThroughAHelper(int[])"), method("sorted(List)"), method("added(List)"),
                method("dropped(List)"), method("pushed(int[][])"), method("remember(String)"),
                method("zeroFirstOfTheSame(int[])"));
        assertThat(leftOut.get(method("reverse(int[])"))).startsWith("it returns nothing (void)");
        assertThat(leftOut.get(method("zeroFirst(int[])"))).matches(
                "it may change 'values', which a cached call would not: it stores into it \\(line \\d+\\)");
        assertThat(leftOut.get(method("zeroFirstThroughAHelper(int[])")))
                .contains("it passes it to zeroFirst(), which changes it");
        assertThat(leftOut.get(method("sorted(List)"))).contains("passes it to Collections.sort(), which changes it");
        assertThat(leftOut.get(method("added(List)"))).contains("calls add() on it");
        assertThat(leftOut.get(method("dropped(List)"))).contains("calls remove() on it");
        assertThat(leftOut.get(method("pushed(int[][])"))).contains("'grid'").contains("stores into it");
        assertThat(leftOut.get(method("remember(String)"))).contains("it may change this").contains("add()");
        assertThat(leftOut.get(method("zeroFirstOfTheSame(int[])"))).contains("'values'").contains("stores into it");
    }

    @Test
    void aRuleThatNamesAMethodExactlyCachesItAnyway() {
        RuleMatches.InClass found = matches("data " + TEXTS + ".zeroFirst\ndata " + TEXTS + ".reverse(int[])\n");

        assertThat(found.matched()).extracting(RuleMatches.Matched::method)
                .containsExactlyInAnyOrder(method("zeroFirst(int[])"), method("reverse(int[])"));
        assertThat(found.leftOut()).isEmpty();
    }

    @Test
    void theInstrumenterLeavesOutWhatTheListingLeavesOut() {
        Instrumenter.Result result = new Instrumenter(Rules.parse("test.rules", "data " + TEXTS + ".*\n"))
                .instrument(classFile(Texts.class), ClassSource.forClassLoader(
                        RuleMatchesTest.class.getClassLoader(), TEXTS.replace('.', '/')), null);

        assertThat(result.sites()).extracting(SiteDescriptor::method)
                .containsExactlyInAnyOrder("upper", "sum", "copyWithFirst", "charsOf", "trimmed", "grownByAHelper",
                        "grow", "identity");
        assertThat(result.sites()).allSatisfy(site -> assertThat(site.rules()).isEqualTo("test.rules:1"));
    }
}
