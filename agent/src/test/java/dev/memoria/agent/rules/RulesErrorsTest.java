package dev.memoria.agent.rules;

import dev.memoria.internal.policy.CacheSpec;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static dev.memoria.agent.rules.RuleFixtures.matching;
import static dev.memoria.agent.rules.RuleFixtures.problem;
import static dev.memoria.agent.rules.RuleFixtures.problems;
import static dev.memoria.agent.rules.RuleFixtures.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * {@link Rules#parse} on wrong lines: every problem is reported as {@code <file>:<line>: <what is wrong>. <the fix>},
 * all of them at once.
 */
class RulesErrorsTest {

    private static final String RULE = "data com.acme.Reports.load";
    private static final String NO_ARGS = "()V";

    @Nested
    @DisplayName("The report")
    class Report {

        @Test
        @DisplayName("lists every problem of the file in line order, after a header naming the file and the count")
        void everyProblemWithItsLine() {
            assertThatThrownBy(() -> rules("# reports", "dta com.acme.Reports.load", "", RULE + " tll=1h",
                    "resource com.acme.Pools.connect validate=isOpen"))
                    .isInstanceOf(RulesFileException.class)
                    .hasMessageStartingWith("The rules file memoria.rules has 2 problems:\n"
                                            + "memoria.rules:2: Unknown kind 'dta'.")
                    .hasMessageContaining("\nmemoria.rules:4: Unknown attribute 'tll'.");
        }

        @Test
        @DisplayName("one problem is announced as one")
        void oneProblem() {
            assertThatThrownBy(() -> rules(RULE + " tll=1h"))
                    .hasMessageStartingWith("The rules file memoria.rules has 1 problem:\nmemoria.rules:1: ");
        }

        @Test
        @DisplayName("lists each wrong part of a line: the pattern and every attribute")
        void everyProblemOfOneLine() {
            assertThat(problems("data com..Reports.load tll=1h maxEntries=lots"))
                    .satisfiesExactly(
                            first -> assertThat(first).startsWith("memoria.rules:1: 'com..Reports.load' has an"
                                                                  + " empty name"),
                            second -> assertThat(second).startsWith("memoria.rules:1: Unknown attribute 'tll'."),
                            third -> assertThat(third).startsWith("memoria.rules:1: maxEntries=lots is not a whole"
                                                                  + " number."));
        }
    }

    @Nested
    @DisplayName("Kinds")
    class Kinds {

        @Test
        @DisplayName("an unknown kind names the known ones")
        void unknownKind() {
            assertThat(problem("cache com.acme.Reports.load")).isEqualTo("memoria.rules:1: Unknown kind 'cache'."
                    + " A rule starts with its kind: data (cached like @CacheData) or resource (cached like"
                    + " @CacheResource); a ui line binds a UI toolkit.");
        }

        @Test
        @DisplayName("a misspelt kind gets a suggestion")
        void misspeltKind() {
            assertThat(problem("Resource com.acme.Pools.connect")).contains("Unknown kind 'Resource'. Did you mean"
                                                                             + " 'resource'?");
        }

        @Test
        @DisplayName("a kind alone asks for a method pattern")
        void kindWithoutPattern() {
            assertThat(problem("data # to do")).isEqualTo("memoria.rules:1: The data rule names no method. Write a"
                    + " method pattern after the kind, as in data com.acme.Reports.load.");
        }
    }

    @Nested
    @DisplayName("Patterns")
    class Patterns {

        @Test
        @DisplayName("a method without a class")
        void noClass() {
            assertThat(problem("data load")).isEqualTo("memoria.rules:1: 'load' names no class. Write the class"
                    + " and the method, as in com.acme.Reports.load, or **.load for a method of that name in any"
                    + " class.");
        }

        @Test
        @DisplayName("a class without a method")
        void noMethod() {
            assertThat(problem("data com.acme.Reports.")).isEqualTo("memoria.rules:1: 'com.acme.Reports.' names no"
                    + " method after its last dot. Write the method's name, or * for every method of the class.");
        }

        @Test
        @DisplayName("an empty name between dots")
        void emptyName() {
            assertThat(problem("data com..Reports.load")).isEqualTo("memoria.rules:1: 'com..Reports.load' has an"
                    + " empty name between two dots. Remove the extra dot, or write .**. for any number of"
                    + " packages.");
        }

        @Test
        @DisplayName("** inside a name")
        void anyDepthInsideAName() {
            assertThat(problem("data com.acme**.Reports.load")).isEqualTo("memoria.rules:1:"
                    + " 'com.acme**.Reports.load' has ** inside the name 'acme**', but ** stands for whole package"
                    + " names. Write it between dots, as in com.acme.**.Catalog, or use * within a name.");
        }

        @Test
        @DisplayName("** twice in a row")
        void anyDepthTwice() {
            assertThat(problem("data com.**.**.Reports.load")).contains("has **.** where one ** already matches"
                                                                         + " any number of packages. Write ** once.");
        }

        @Test
        @DisplayName("** in a method name")
        void anyDepthInMethodName() {
            assertThat(problem("data com.acme.Reports.**")).isEqualTo("memoria.rules:1: 'com.acme.Reports.**' has"
                    + " ** in the method name, but ** stands for package names. Use * for any part of a method"
                    + " name.");
        }

        @Test
        @DisplayName("a character no Java name has")
        void badCharacter() {
            assertThat(problem("data com.acme-reports.Reports.load")).isEqualTo("memoria.rules:1:"
                    + " 'com.acme-reports.Reports.load' has a character that no Java name contains: '-'. Class and"
                    + " method names take letters, digits, _ and $, with * and ** as wildcards.");
        }

        @Test
        @DisplayName("an unclosed parameter list, which takes the rest of the line")
        void unclosedParameterList() {
            assertThat(problem("data com.acme.Reports.load(String, int ttl=1h")).isEqualTo("memoria.rules:1: The"
                    + " parameter list of 'com.acme.Reports.load(String, int ttl=1h' is not closed. Add ')'.");
        }

        @Test
        @DisplayName("text glued to the parameter list")
        void textAfterParameterList() {
            assertThat(problem("data com.acme.Reports.load(int)ttl=1h")).isEqualTo("memoria.rules:1:"
                    + " 'com.acme.Reports.load(int)ttl=1h' goes on after its parameter list with 'ttl=1h'. End the"
                    + " pattern with ')', and separate attributes with a space.");
        }

        @Test
        @DisplayName("type arguments in a parameter type")
        void typeArguments() {
            assertThat(problem("data com.acme.Reports.load(List<String>)")).isEqualTo("memoria.rules:1:"
                    + " 'List<String>' in 'com.acme.Reports.load(List<String>)' has type arguments, which compiled"
                    + " code does not keep. Write the type without them: List.");
        }

        @Test
        @DisplayName("a parameter name in the parameter list")
        void parameterName() {
            assertThat(problem("data com.acme.Reports.load(String region, int year)")).isEqualTo("memoria.rules:1:"
                    + " 'String region' in 'com.acme.Reports.load(String region, int year)' names a parameter, but"
                    + " a parameter list takes types only. Write String.");
        }

        @Test
        @DisplayName("an empty parameter type")
        void emptyParameterType() {
            assertThat(problem("data com.acme.Reports.load(String,)")).isEqualTo("memoria.rules:1:"
                    + " 'com.acme.Reports.load(String,)' has an empty parameter type. Remove the extra comma.");
        }

        @Test
        @DisplayName(".. beside other types")
        void anyListBesideTypes() {
            assertThat(problem("data com.acme.Reports.load(String, ..)")).isEqualTo("memoria.rules:1:"
                    + " 'com.acme.Reports.load(String, ..)' has .. beside other parameter types, but .. stands for"
                    + " any whole parameter list. Write (..), or list every type.");
        }

        @Test
        @DisplayName("a parameter type that is no Java type")
        void notAType() {
            assertThat(problem("data com.acme.Reports.load(9lives)")).isEqualTo("memoria.rules:1: '9lives' in"
                    + " 'com.acme.Reports.load(9lives)' is not a type. Write a class name (String, com.acme.Order),"
                    + " a primitive (int) or an array (int[], String...).");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"java.util.Collections.emptyList", "java.**.valueOf", "javax.sql.DataSource.*",
            "jdk.internal.misc.Unsafe.*", "sun.misc.Unsafe.*", "com.sun.net.httpserver.HttpServer.create"})
        @DisplayName("a JDK class, which the bootstrap or platform loader defines")
        void jdkClass(String pattern) {
            assertThat(problem("data " + pattern)).isEqualTo("memoria.rules:1: '" + pattern + "' names a JDK class."
                    + " The JDK's classes are loaded by the bootstrap or platform class loader, which cannot see"
                    + " Memoria, so their methods cannot be cached. Write a rule for the method of your application"
                    + " or library that calls it.");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"javax.servlet.http.HttpServlet.service", "javax.**.Catalog.find",
            "com.sun.jna.Native.load", "**.load", "Main.compute"})
        @DisplayName("names outside the JDK, or patterns that may match libraries, are fine")
        void notJdkClasses(String pattern) {
            assertThatCode(() -> rules("data " + pattern)).doesNotThrowAnyException();
        }
    }

    @Nested
    @DisplayName("Attributes")
    class Attributes {

        @Test
        @DisplayName("an unknown attribute gets the closest known one and the list of those the kind takes")
        void unknownAttribute() {
            assertThat(problem(RULE + " tll=1h")).isEqualTo("memoria.rules:1: Unknown attribute 'tll'. Did you mean"
                    + " 'ttl'? Attributes of data rules: allowWidgets, hashers, hiddenInputs, inputs, maxEntries,"
                    + " maxSize, maxStale, offHeap,"
                    + " persist, refresh, scope, showSpinner, showTime, spinnerText, ttl, unhashed.");
            assertThat(problem("resource com.acme.Pools.connect maxEntry=3")).isEqualTo("memoria.rules:1: Unknown"
                    + " attribute 'maxEntry'. Did you mean 'maxEntries'? Attributes of resource rules:"
                    + " allowWidgets, hashers, hiddenInputs, inputs, maxEntries, maxStale, offHeap, onRelease, refresh,"
                    + " scope, showSpinner,"
                    + " showTime, spinnerText, ttl,"
                    + " unhashed, validate.");
        }

        @Test
        @DisplayName("an attribute only the other annotation has")
        void attributeOfTheOtherKind() {
            assertThat(problem(RULE + " validate=isOpen")).isEqualTo("memoria.rules:1: 'validate' applies to"
                    + " resource rules only: @CacheData has no validate. Remove it, or make this a resource rule.");
            assertThat(problem("resource com.acme.Pools.connect persist=DISK")).isEqualTo("memoria.rules:1:"
                    + " 'persist' applies to data rules only: @CacheResource has no persist. Remove it, or make"
                    + " this a data rule.");
        }

        @Test
        @DisplayName("an attribute set twice")
        void attributeTwice() {
            assertThat(problem(RULE + " ttl=1h maxEntries=3 ttl=2h")).isEqualTo("memoria.rules:1: 'ttl' is set"
                    + " twice in this rule. Keep one.");
            assertThat(problem(RULE + " unhashed=log unhashed=0")).contains("'unhashed' is set twice");
        }

        @Test
        @DisplayName("a word that is not name=value")
        void notAnAttribute() {
            assertThat(problem(RULE + " 10m")).isEqualTo("memoria.rules:1: Expected an attribute as name=value,"
                    + " found '10m'. Write attributes after the method pattern, as in ttl=10m, and quote values with"
                    + " spaces, as in ttl=\"1 day\".");
            assertThat(problem(RULE + " ttl=1 day")).contains("found 'day'");
        }

        @Test
        @DisplayName("an attribute without a value")
        void noValue() {
            assertThat(problem(RULE + " ttl= # later")).isEqualTo("memoria.rules:1: ttl= has no value. Write"
                    + " ttl=<value>, or ttl=\"\" for empty text.");
        }
    }

    @Nested
    @DisplayName("Values")
    class Values {

        @Test
        @DisplayName("a number that is not a whole number")
        void notAWholeNumber() {
            assertThat(problem(RULE + " maxEntries=lots")).isEqualTo("memoria.rules:1: maxEntries=lots is not a"
                    + " whole number. Write a number such as maxEntries=100, or maxEntries=-1 for no bound.");
        }

        @Test
        @DisplayName("a flag that is neither true nor false")
        void notABoolean() {
            assertThat(problem(RULE + " offHeap=yes")).isEqualTo("memoria.rules:1: offHeap=yes is neither true nor"
                    + " false. Write offHeap=true or offHeap=false.");
        }

        @Test
        @DisplayName("an unknown enum constant")
        void unknownConstant() {
            assertThat(problem(RULE + " persist=DISC")).isEqualTo("memoria.rules:1: persist=DISC is not one of"
                    + " NONE, DISK, REMOTE. Did you mean 'DISK'? Write one of them, as in persist=REMOTE.");
        }

        @Test
        @DisplayName("a hasher that is not a class name")
        void notAClassName() {
            assertThat(problem(RULE + " hashers=com.acme.Money-Hasher")).isEqualTo("memoria.rules:1:"
                    + " hashers=com.acme.Money-Hasher: 'com.acme.Money-Hasher' is not a class name. Write binary"
                    + " class names separated by commas, as in"
                    + " hashers=com.acme.MoneyHasher,com.acme.Shapes$PointHasher.");
        }

        @Test
        @DisplayName("an unhashed entry that is neither a name, an index nor this")
        void badUnhashedEntry() {
            assertThat(problem(RULE + " unhashed=log,-1")).isEqualTo("memoria.rules:1: unhashed=log,-1: '-1' is"
                    + " neither a parameter name, an index nor this. List parameter names or indices from 0, and"
                    + " this for the receiver, separated by commas, as in unhashed=log,2,this.");
        }

        @Test
        @DisplayName("a ttl that is no duration, checked as an annotation's is, naming the pattern")
        void badTtl() {
            assertThat(problem(RULE + " ttl=\"1 flecond\"")).startsWith("memoria.rules:1: Invalid cache"
                    + " configuration on com.acme.Reports.load: ttl \"1 flecond\" is not a duration:");
        }

        @Test
        @DisplayName("maxEntries=0, maxSize without a unit, scope=SESSION with persist=DISK, a validate that is no"
                     + " method name: the annotations' checks and fixes")
        void annotationChecks() {
            assertThat(problem(RULE + " maxEntries=0")).isEqualTo("memoria.rules:1: Invalid cache configuration on"
                    + " com.acme.Reports.load: maxEntries = 0 would keep nothing. Use a positive bound, or -1 (the"
                    + " default) for no bound.");
            assertThat(problem(RULE + " maxSize=lots")).contains("maxSize \"lots\" is not a size");
            assertThat(problem(RULE + " scope=SESSION persist=DISK")).contains("scope = SESSION with persist = DISK");
            assertThat(problem(RULE + " refresh=BACKGROUND")).isEqualTo("memoria.rules:1: Invalid cache configuration"
                    + " on com.acme.Reports.load: refresh = BACKGROUND requires a ttl: an entry turns stale, and is"
                    + " refreshed in the background, once its ttl has passed. Add a ttl such as ttl = \"10m\", or use"
                    + " refresh = FOREGROUND.");
            assertThat(problem(RULE + " ttl=1m refresh=BACKGROUND maxStale=soon"))
                    .contains("maxStale \"soon\" is not a duration");
            assertThat(problem(RULE + " refresh=sometimes")).contains("refresh");
            assertThat(problem("resource com.acme.Pools.connect validate=\"is open\""))
                    .contains("validate = \"is open\" is not a method name");
        }
        @Test
        @DisplayName("lines that share attributes are each checked: every wrong one reported with its method, every"
                     + " right one kept, of either kind")
        void sharedAttributes() {
            List<String> problems = problems("data com.acme.A.load maxEntries=5", "data com.acme.B.load maxEntries=0",
                    "data com.acme.C.load maxEntries=0", "data com.acme.D.load maxEntries=5");

            assertThat(problems).hasSize(2);
            assertThat(problems.get(0)).startsWith("memoria.rules:2: Invalid cache configuration on com.acme.B.load:"
                                                   + " maxEntries = 0 would keep nothing.");
            assertThat(problems.get(1)).startsWith("memoria.rules:3: Invalid cache configuration on com.acme.C.load:"
                                                   + " maxEntries = 0 would keep nothing.");
            assertThat(rules("data com.acme.A.load maxEntries=5", "resource com.acme.B.load maxEntries=5")
                    .cacheRules()).extracting(CacheRule::kind)
                    .containsExactly(CacheSpec.Kind.DATA, CacheSpec.Kind.RESOURCE);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"0s", "0 days", "PT0S", "00:00:00", "0.1ns"})
        @DisplayName("a ttl of zero is an error, as maxEntries=0 is: it would keep nothing")
        void zeroTtl(String ttl) {
            assertThat(problem(RULE + " ttl=\"" + ttl + "\"")).isEqualTo("memoria.rules:1: Invalid cache"
                    + " configuration on com.acme.Reports.load: ttl = \"" + ttl + "\" would expire every entry as"
                    + " soon as it is stored. Use a positive duration such as \"10m\", or leave ttl out (the default)"
                    + " for no expiry.");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"0.5B", "0.9", "0.0001k"})
        @DisplayName("a maxSize below one byte is an error, not rounded up to a bound that fits no entry")
        void maxSizeBelowOneByte(String maxSize) {
            assertThat(problem(RULE + " maxSize=" + maxSize)).isEqualTo("memoria.rules:1: Invalid cache"
                    + " configuration on com.acme.Reports.load: maxSize \"" + maxSize + "\" is not a size: a bound"
                    + " of less than one byte would cache nothing. Use a number with a binary unit such as \"512MB\","
                    + " \"2GiB\" or \"64k\".");
        }
    }

    @Nested
    @DisplayName("Quotes")
    class Quotes {

        @Test
        @DisplayName("a quoted value that is not closed")
        void unclosedQuote() {
            assertThat(problem(RULE + " ttl=\"1 day maxEntries=3")).isEqualTo("memoria.rules:1: The quoted value of"
                    + " ttl is not closed. Add the closing \" (write \\\" for a quote within the value).");
        }

        @Test
        @DisplayName("text glued to a closing quote")
        void textAfterClosingQuote() {
            assertThat(problem(RULE + " ttl=\"1 day\"maxEntries=3")).isEqualTo("memoria.rules:1: The quoted value"
                    + " of ttl is followed by 'maxEntries=3'. Put a space between attributes, or move the text"
                    + " inside the quotes.");
        }

        @Test
        @DisplayName("a quote inside an unquoted value")
        void quoteInsideBareValue() {
            assertThat(problem(RULE + " spinnerText=Loading\"all\"")).isEqualTo("memoria.rules:1:"
                    + " spinnerText=Loading\"all\" has a quote inside. Quote the whole value and write \\\" for"
                    + " each quote within it: spinnerText=\"Loading\\\"all\\\"\".");
        }
    }

    /**
     * Files written to hurt (issue 13, item 7): each costs bounded work and gets a bounded, clear report. The timeouts
     * are generous bounds on input that took 46 s before, not measurements.
     */
    @Nested
    @DisplayName("Hostile files")
    class Hostile {

        @Test
        @DisplayName("a pattern that makes a backtracking matcher take exponential time fails to match at once")
        void backtrackingMethodPattern() {
            Rules rules = rules("data a.b.c.*.*a*a*a*a*a*a*a*a*b");

            assertThat(assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> matching(rules, "a/b/c/Reports", "a".repeat(52), NO_ARGS))).isEmpty();
            assertThat(matching(rules, "a/b/c/Reports", "a".repeat(52) + "b", NO_ARGS)).hasSize(1);
        }

        @Test
        @DisplayName("the same in a class pattern, against a long class name")
        void backtrackingClassPattern() {
            Rules rules = rules("data a.**.*a*a*a*a*a*a*a*a*a*a*a*a*b.load");
            String name = "a/" + "a".repeat(200);

            assertThat(assertTimeoutPreemptively(Duration.ofSeconds(10), () -> rules.matchesClass(name))).isFalse();
            assertThat(rules.matchesClass(name + "b")).isTrue();
        }

        @Test
        @DisplayName("a pattern of 200,000 names is refused by its length, quoted in part")
        void hugePattern() {
            String pattern = "a.".repeat(200_000) + "load";

            List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> problems("data " + pattern));

            assertThat(problems).containsExactly("memoria.rules:1: The pattern 'a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a"
                    + ".a.a.a.a.a.a.a.a.a.a.…' is 400,004 characters long; a pattern may have at"
                    + " most 1,000. Shorten it, with * and ** for the parts that vary.");
        }

        @Test
        @DisplayName("a 2 MB attribute value is refused when the file is read, not when the class is woven")
        void hugeValue() {
            assertThat(problem(RULE + " spinnerText=" + "x".repeat(2 << 20))).isEqualTo("memoria.rules:1:"
                    + " spinnerText=" + "x".repeat(60) + "… is 2,097,152 characters long; a"
                    + " value may have at most 1,000. Shorten it.");
        }

        @Test
        @DisplayName("a ui line longer than 10,000 characters is refused whole")
        void hugeToolkitLine() {
            String line = "ui acme-ui target=com.acme.Box elements=\"" + "show(com.acme.Item), ".repeat(1_000) + "\"";

            assertThat(problem(line)).isEqualTo("memoria.rules:1: The ui line is 21,042 characters long; a ui line"
                    + " may have at most 10,000 (lines that end in \\ count as one). Shorten it.");
        }

        @Test
        @DisplayName("a rule with 5,000 unknown attributes gets the first 20 reported, each quoted in part")
        void manyAttributes() {
            RulesFileException thrown = catchThrowableOfType(RulesFileException.class,
                    () -> rules(RULE + " " + ("y".repeat(100) + "=1 ").repeat(5_000)));

            assertThat(thrown.problems()).hasSize(20).first().asString().startsWith("memoria.rules:1: Unknown"
                    + " attribute '" + "y".repeat(60) + "…'.");
            assertThat(thrown.getMessage()).contains("... and 4,980 more");
        }

        @ParameterizedTest(name = "{1}")
        @CsvSource({
            "'\\u0000', U+0000 (NULL)",
            "'\\u202E', U+202E (RIGHT-TO-LEFT OVERRIDE)",
            "'\\u200B', U+200B (ZERO WIDTH SPACE)",
            "'\\u001B', U+001B (ESCAPE)"
        })
        @DisplayName("an invisible character in a pattern is an error, shown escaped")
        void invisibleCharacter(String escape, String described) {
            char invisible = (char) Integer.parseInt(escape.substring(2), 16);
            String pattern = "com.acme.Rep" + invisible + "orts.load";

            assertThat(problem("data " + pattern)).isEqualTo("memoria.rules:1: 'com.acme.Rep" + escape + "orts.load'"
                    + " holds an invisible character, " + described + ", which no Java name contains, so the rule"
                    + " could never match. Delete it (retype the pattern if your editor does not show it).");
        }

        @Test
        @DisplayName("an invisible character in a parameter type or a hasher's name is an error too")
        void invisibleCharacterElsewhere() {
            assertThat(problem("data com.acme.Reports.load(Str\u202Eing)")).contains("U+202E (RIGHT-TO-LEFT OVERRIDE)");
            assertThat(problem(RULE + " hashers=com.acme.Money\u202EHasher")).isEqualTo("memoria.rules:1:"
                    + " hashers=com.acme.Money\\u202EHasher: 'com.acme.Money\\u202EHasher' is not a class name. Write"
                    + " binary class names separated by commas, as in"
                    + " hashers=com.acme.MoneyHasher,com.acme.Shapes$PointHasher.");
        }

        @Test
        @DisplayName("a file of many wrong lines lists the first 20 and counts the rest")
        void manyProblems() {
            String[] lines = new String[1_000];
            Arrays.fill(lines, "dta com.acme.Reports.load");

            RulesFileException thrown = catchThrowableOfType(RulesFileException.class, () -> rules(lines));

            assertThat(thrown.problems()).hasSize(20);
            assertThat(thrown.getMessage()).startsWith("The rules file memoria.rules has 1,000 problems:\n")
                    .endsWith("\n... and 980 more, not listed. Fix those above and read the file again to see the"
                              + " rest.")
                    .hasLineCount(22);
        }
    }
}
