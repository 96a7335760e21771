package dev.memoria.it.attributes;

import dev.memoria.it.support.Crowd;
import dev.memoria.it.support.FreshCaches;
import dev.memoria.it.support.StdErr;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static dev.memoria.it.attributes.SlowReports.CALLS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The console spinner: a miss still running after half a second prints one line on stderr. A body that must be slow
 * stays open until its line appears. That a line does <em>not</em> appear is shown against a beacon: a slow miss
 * started later, on another thread, whose line appears half a second after it started; a line the quiet call had
 * scheduled would have come before it.
 */
@ExtendWith(FreshCaches.class)
@DisplayName("showSpinner and spinnerText: a slow miss prints one progress line on stderr")
class SpinnerIT {

    private static final String BEACON_LINE = "Running `SlowReports.beacon(...)`.";

    static Stream<Arguments> printing() {
        return Stream.of(
                arguments("@CacheData, default text", "load", (IntSupplier) () -> SlowReports.load(2024),
                        "Running `SlowReports.load(...)`."),
                arguments("@CacheResource, default text", "connect", (IntSupplier) () -> SlowReports.connect(5432),
                        "Running `SlowReports.connect(...)`."),
                arguments("@CacheData, no parameters", "summary", (IntSupplier) SlowReports::summary,
                        "Running `SlowReports.summary()`."),
                arguments("@CacheResource, no parameters", "pool", (IntSupplier) SlowReports::pool,
                        "Running `SlowReports.pool()`."),
                arguments("@CacheData, spinnerText", "crunch", (IntSupplier) () -> SlowReports.crunch(1),
                        "Crunching the numbers…"),
                arguments("@CacheResource, spinnerText", "openPool", (IntSupplier) () -> SlowReports.openPool(1),
                        "Opening the pool"));
    }

    @DisplayName("§7 scenario 33: a slow miss prints exactly one line, the default text or spinnerText")
    @ParameterizedTest(name = "{0}")
    @MethodSource("printing")
    void slowMissPrintsOneLine(String description, String method, IntSupplier call, String line) {
        try (StdErr stderr = StdErr.capture()) {
            CALLS.whenBodyRuns(method, run -> stderr.awaitLine(line));

            assertThat(call.getAsInt()).isEqualTo(1);
            assertThat(call.getAsInt()).as("a hit").isEqualTo(1);

            assertThat(stderr.lines()).containsExactly(line);
        }
    }

    static Stream<Arguments> quiet() {
        return Stream.of(
                arguments("@CacheData", "quiet", (IntSupplier) () -> SlowReports.quiet(1)),
                arguments("@CacheResource", "quietResource", (IntSupplier) () -> SlowReports.quietResource(1)));
    }

    @DisplayName("§7 scenario 33: showSpinner = false prints nothing, however slow the miss")
    @ParameterizedTest(name = "{0}")
    @MethodSource("quiet")
    void showSpinnerFalsePrintsNothing(String description, String method, IntSupplier call) {
        try (StdErr stderr = StdErr.capture()) {
            CALLS.whenBodyRuns(method, run -> runBeacon(stderr));

            assertThat(call.getAsInt()).isEqualTo(1);

            assertThat(stderr.lines()).containsExactly(BEACON_LINE);
        }
    }

    @Test
    @DisplayName("Only the outermost computing cached call prints: a slow nested miss adds no line")
    void onlyTheOutermostMissPrints() {
        try (StdErr stderr = StdErr.capture()) {
            CALLS.whenBodyRuns("outer", run -> stderr.awaitLine("Running `SlowReports.outer(...)`."));
            CALLS.whenBodyRuns("inner", run -> runBeacon(stderr));

            assertThat(SlowReports.outer(1)).isEqualTo(2);

            assertThat(stderr.lines()).containsExactly("Running `SlowReports.outer(...)`.", BEACON_LINE);
        }
    }

    /** Runs a slow miss of {@link SlowReports#beacon} on another thread and returns once its line is printed. */
    private static void runBeacon(StdErr stderr) {
        CALLS.whenBodyRuns("beacon", run -> stderr.awaitLine(BEACON_LINE));
        List<Crowd.Outcome<Integer>> outcomes = Crowd.of(1, thread -> SlowReports.beacon(System.nanoTime())).run();
        assertThat(outcomes).extracting(Crowd.Outcome::thrown).containsOnlyNulls();
    }

    static Stream<Arguments> timed() {
        return Stream.of(
                arguments("@CacheData(showTime = true)", "timed", (IntSupplier) () -> SlowReports.timed(1),
                        "Running `SlowReports.timed(...)`."),
                arguments("@CacheResource(spinnerText = ..., showTime = true)", "timedResource",
                        (IntSupplier) () -> SlowReports.timedResource(1), "Opening the pool"));
    }

    @DisplayName("showTime: the progress line carries the time the miss has been running")
    @ParameterizedTest(name = "{0}")
    @MethodSource("timed")
    void showTimeAddsTheElapsedTime(String description, String method, IntSupplier call, String text) {
        Pattern timedLine = Pattern.compile(Pattern.quote(text) + " \\(\\d+\\.\\d s\\)");
        try (StdErr stderr = StdErr.capture()) {
            CALLS.whenBodyRuns(method, run -> awaitLineMatching(stderr, timedLine));

            assertThat(call.getAsInt()).isEqualTo(1);
            assertThat(call.getAsInt()).as("a hit").isEqualTo(1);

            assertThat(stderr.lines()).isNotEmpty().allMatch(line -> timedLine.matcher(line).matches());
        }
    }

    private static void awaitLineMatching(StdErr stderr, Pattern line) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (stderr.lines().stream().noneMatch(printed -> line.matcher(printed).matches())) {
            assertThat(System.nanoTime()).as("a line matching " + line + " on stderr; so far: " + stderr.text())
                    .isLessThan(deadline);
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
