package dev.memoria.it.rules;

import dev.memoria.it.support.ForkedJvm;
import dev.memoria.it.support.TestEnvironment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import static dev.memoria.it.rules.LegacyApp.value;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Caching a library's code with a rules file, as a newcomer does it: whole classes of Apache Commons Lang by
 * wildcard. Lang's own code must keep working exactly as without Memoria, whatever it passes to the methods a rule
 * caches, and the rules file must say what it matched.
 */
@DisplayName("Rules over a real library: Commons Lang keeps working, and the rules file says what it caches")
class LibraryRulesIT {

    @TempDir
    static Path work;

    private static Path appJar;
    private static Path rules;

    @BeforeAll
    static void buildTheApp() {
        appJar = LibraryApp.build(work);
        rules = LegacyApp.rulesFile(work.resolve("memoria.rules"), LibraryApp.RULES);
    }

    private static List<String> warningsAbout(ForkedJvm.Result result, String method) {
        return result.stderrLines().stream().filter(line -> line.contains(method + " (rule")).toList();
    }

    @Test
    @DisplayName("Arguments Memoria cannot hash, passed by Lang's own code, run the call uncached with one warning"
                 + " per method and type that names the rule and its fix; Lang's exception is Lang's")
    void unhashableArgumentsRunUncached() {
        ForkedJvm.Result result = LibraryApp.run(appJar, rules, "unhashable").run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(value(result, "validate")).isEqualTo("static int app.Main.count: null at 1");
        assertThat(value(result, "contains field")).isEqualTo("true");
        assertThat(value(result, "contains text")).isEqualTo("true");
        assertThat(warningsAbout(result, "org.apache.commons.lang3.ArrayUtils.add(Object[], Object)"))
                .as(result.toString()).singleElement().asString()
                .contains("(rules " + rules + ":2, " + rules + ":3) ran a call uncached: its parameter 0 'array' held"
                          + " a java.lang.reflect.Field (at [0] inside the argument)")
                .contains("change one of the rules at " + rules + ":2, " + rules + ":3")
                .contains("unhashed=array")
                .contains("dev.memoria.Hasher<java.lang.reflect.Field>");
        assertThat(warningsAbout(result, "org.apache.commons.lang3.ArrayUtils.contains(Object[], Object)"))
                .as(result.toString()).singleElement().asString().contains("(rule " + rules + ":2)");
        assertThat(result.stdoutLines()).as(result.toString()).filteredOn(line -> line.startsWith("length with proxy"))
                .containsExactly("length with proxy: 1", "length with proxy: 1");
        assertThat(warningsAbout(result, "org.apache.commons.lang3.ArrayUtils.getLength(Object)"))
                .filteredOn(line -> !line.contains("held a java.lang.reflect.Field"))
                .as("proxies are named by their interface, which a Hasher can name: %s", result).singleElement()
                .asString().contains("held a java.lang.Runnable (at [0] inside the argument), and it is a proxy")
                .contains("dev.memoria.Hasher<java.lang.Runnable>").doesNotContain("$Proxy");
        assertThat(result.stderr()).as(result.toString()).doesNotContain("Exception").doesNotContain("@Unhashed");
    }

    @Test
    @DisplayName("A class initializer that reaches a rule-cached method with an unhashable argument still"
                 + " initializes, and the class stays usable")
    void aClassInitializerStillInitializes() {
        ForkedJvm.Result result = LibraryApp.run(appJar, rules, "initializer").run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(value(result, "registry")).isEqualTo("2");
        assertThat(value(result, "registry again")).isEqualTo("main");
        assertThat(result.stderr()).as(result.toString()).doesNotContain("ExceptionInInitializerError")
                .contains("held a java.lang.Thread");
    }

    @Test
    @DisplayName("A wildcard rule leaves out methods that change their arguments in place: reverse and setAll do"
                 + " their work on every call")
    void aWildcardRuleLeavesOutMutatingMethods() {
        ForkedJvm.Result result = LibraryApp.run(appJar, rules, "in-place").run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(value(result, "reversed twice")).isEqualTo("[1, 2, 3]");
        assertThat(value(result, "set all, second")).isEqualTo("[0, 10, 20]");
        // the wildcard also caches ArrayUtils.random(), whose randomness its key cannot see: the one report
        assertThat(result.stderrLines()).as(result.toString())
                .filteredOn(line -> line.contains("cache key cannot see")).singleElement().asString()
                .startsWith("[memoria] org.apache.commons.lang3.ArrayUtils.random() (rule ");
        assertThat(result.stderrLines()).as(result.toString()).allMatch(line -> line.startsWith("[memoria] "));
    }

    @Test
    @DisplayName("java -jar memoria-agent.jar rules lists, per rule, what it caches on the class path and what it"
                 + " leaves out and why")
    void theRulesCommandListsMatches() {
        ForkedJvm.Result result = ForkedJvm.java()
                .jar(TestEnvironment.agentJar(), "rules", "--class-path", TestEnvironment.commonsLang3Jar().toString(),
                        rules.toString())
                .run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).as(result.toString())
                .containsPattern(Pattern.quote(rules + ":2: data org.apache.commons.lang3.ArrayUtils.*: ")
                                 + "\\d{3} methods cached, \\d+ methods left out\n")
                .contains(rules + ":3: data org.apache.commons.lang3.ArrayUtils.add(Object[], Object): 1 method"
                          + " cached\n")
                .contains(rules + ":5: data app.Names.longName(int): 0 methods cached\n")
                .contains("  left out  org.apache.commons.lang3.ArrayUtils.reverse(int[]): it returns nothing (void),"
                          + " so a cached call would skip what it does\n")
                .contains("  left out  org.apache.commons.lang3.ArrayUtils.setAll(Object[], IntFunction): it may"
                          + " change 'array', which a cached call would not: it passes it to Arrays.setAll(), which"
                          + " changes it (line ");
        assertThat(result.stderr()).as(result.toString()).isEmpty();
    }

    @Test
    @DisplayName("-Dmemoria.listMatches=true: the agent lists what each rule caches on the class path when it starts")
    void theAgentListsMatchesAtStartUp() {
        ForkedJvm.Result result = LibraryApp.run(appJar, rules, "in-place")
                .systemProperty("memoria.listMatches", true).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stderr()).as(result.toString())
                .startsWith("[memoria] Rules file " + rules + " over ")
                .contains("[memoria] " + rules + ":3: data org.apache.commons.lang3.ArrayUtils.add(Object[], Object):"
                          + " 1 method cached\n[memoria]   cached    org.apache.commons.lang3.ArrayUtils.add(Object[],"
                          + " Object)\n")
                .contains("[memoria]   left out  org.apache.commons.lang3.ArrayUtils.reverse(int[]): it returns"
                          + " nothing (void)")
                .contains("[memoria]   cached    app.Names.longName(int)\n");
    }

    @Test
    @DisplayName("The global memory budget, a quarter of -Xmx256m by default, evicts under a stream of 750 MiB of"
                 + " distinct values; the app finishes, evictions show in stats and one warning says why")
    void theMemoryBudgetEvicts() {
        ForkedJvm.Result result = LibraryApp.run(appJar, rules, "budget").timeout(Duration.ofMinutes(3)).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(value(result, "budget done")).isEqualTo(Long.toString(6_000L << 17));
        assertThat(value(result, "evicted")).isEqualTo("true");
        assertThat(result.stderrLines()).as(result.toString()).singleElement().asString()
                .contains("reached Memoria's budget of ")
                .contains("(25% of the ")
                .contains("maximum heap, the default)")
                .contains("starting with app.Names.longName(int)")
                .contains("-Dmemoria.maxMemory");
    }
}
