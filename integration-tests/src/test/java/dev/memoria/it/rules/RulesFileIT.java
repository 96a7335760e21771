package dev.memoria.it.rules;

import dev.memoria.it.support.ChildStderr;
import dev.memoria.it.support.ForkedJvm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.memoria.it.rules.LegacyApp.value;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Zero-code-change caching: {@code java -javaagent:memoria-agent.jar=config=memoria.rules -cp app.jar:commons-lang3.jar
 * app.Main}, where neither the app nor the library mentions Memoria. Everything asserted is what the app itself
 * prints: how often its bodies ran, and whether it got the same object back.
 */
@DisplayName("Rules files: an unchanged app and library, cached by -javaagent:memoria-agent.jar=config=<rules>")
class RulesFileIT {

    @TempDir
    static Path work;

    private static Path appJar;
    private static Path rules;

    @TempDir
    Path cache;

    @BeforeAll
    static void buildTheApp() {
        appJar = LegacyApp.build(work);
        rules = LegacyApp.rulesFile(work.resolve("memoria.rules"), LegacyApp.RULES);
    }

    private static ForkedJvm cached(String... scenarios) {
        return LegacyApp.run(appJar, scenarios).withAgent("config=" + rules);
    }

    @Test
    @DisplayName("Data and resource rules: a body runs once per arguments, a resource is the same instance,"
                 + " unhashed leaves an argument out of the key; stderr stays empty")
    void dataAndResourceRules() {
        ForkedJvm.Result result = cached("reports", "pools", "audit").run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdoutLines()).as(result.toString()).containsExactly(
                "north 2024: NORTH 2024",
                "north 2024: NORTH 2024",
                "south 2024: SOUTH 2024",
                "report loads: 2",
                "same pool: true",
                "other pool: false",
                "pools opened: 2",
                "audit records: 1");
        assertThat(result.stderr()).as(result.toString()).isEmpty();
    }

    @Test
    @DisplayName("A rule on a method of commons-lang3 caches the library itself: StringUtils.split hands out the"
                 + " same array for the same text")
    void libraryMethod() {
        ForkedJvm.Result result = cached("library").run();

        assertThat(value(result, "split, same array")).as(result.toString()).isEqualTo("true");
        assertThat(value(result, "split")).isEqualTo("to|be|or|not");
        assertThat(result.stderr()).as(result.toString()).isEmpty();
    }

    @Test
    @DisplayName("Without the agent the same app runs every body on every call, and split returns a new array")
    void withoutTheAgentNothingIsCached() {
        ForkedJvm.Result result = LegacyApp.run(appJar, "reports", "pools", "audit", "library").run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(value(result, "report loads")).as(result.toString()).isEqualTo("3");
        assertThat(value(result, "same pool")).isEqualTo("false");
        assertThat(value(result, "pools opened")).isEqualTo("3");
        assertThat(value(result, "audit records")).isEqualTo("2");
        assertThat(value(result, "split, same array")).isEqualTo("false");
    }

    @Test
    @DisplayName("persist=DISK from the rules file: a second JVM reads what the first stored, for the app's method"
                 + " (its body does not run) and for a library's (RandomStringUtils repeats its first string)")
    void persistedAcrossJvms() {
        ForkedJvm.Result first = cached("prices", "random").systemProperty("memoria.cache.dir", cache).run();
        ForkedJvm.Result second = cached("prices", "random").systemProperty("memoria.cache.dir", cache).run();

        assertThat(value(first, "price runs")).as(first.toString()).isEqualTo("1");
        assertThat(value(first, "random again")).as(first.toString()).isEqualTo(value(first, "random"));
        assertThat(value(second, "price(10)")).as(second.toString()).isEqualTo("20");
        assertThat(value(second, "price runs")).as(second.toString()).isEqualTo("0");
        assertThat(value(second, "random")).as(second.toString()).isEqualTo(value(first, "random"));
        ChildStderr.assertChronicleUsedAnd(first);
        ChildStderr.assertChronicleUsedAnd(second);
    }

    @Test
    @DisplayName("ttl from the rules file: a repeat call hits, a call after the ttl has passed runs the body again")
    void ttlFromTheRulesFile() {
        ForkedJvm.Result result = cached("quotes").run();

        assertThat(value(result, "quote runs")).as(result.toString()).isEqualTo("2");
        assertThat(result.stderr()).as(result.toString()).isEmpty();
    }
}
