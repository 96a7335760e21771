package dev.memoria.it.inputs;

import dev.memoria.it.support.StdErr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hidden inputs under the real agent: when a class is woven, each cached method that reads something its key cannot
 * see is reported once, with the call path and the fixes; the others are not. The fixture is loaded by name, with
 * stderr captured.
 */
@DisplayName("Hidden inputs: reported once when the class is woven, with the call path and the fixes")
class HiddenInputsIT {

    private static final String OWNER = "dev.memoria.it.inputs.HiddenReaders";

    private static List<String> printedAtLoad;

    @BeforeAll
    static void loadTheReaders() throws ClassNotFoundException {
        try (StdErr stderr = StdErr.capture()) {
            Class.forName(OWNER);
            printedAtLoad = stderr.lines();
        }
    }

    @Test
    @DisplayName("a read two calls deep names the method, what it reads, the call path and the three fixes")
    void foundThroughAHelperTwoCallsDeep() {
        assertThat(String.join("\n", printedAtLoad)).contains(
                "[memoria] " + OWNER + ".total(int) reads an input that its cache key cannot see",
                "[memoria]   - the environment variable MEMORIA_IT_RATE (System.getenv) in " + OWNER
                + "$Rates.rate(), call path " + OWNER + ".total(int) -> " + OWNER + "$Pricing.discount(int) -> "
                + OWNER + "$Rates.rate()",
                "Pass each value as an argument",
                "inputs = \"env:MEMORIA_IT_RATE\"",
                "hiddenInputs = IGNORE");
        assertThat(printedAtLoad).filteredOn(line -> line.contains(".total(int) reads")).hasSize(1);
    }

    @Test
    @DisplayName("no report for a method that reads nothing hidden, one that declares it, or one that accepts it")
    void notReportedOtherwise() {
        assertThat(printedAtLoad).noneMatch(line -> line.contains(".pure(int)"))
                .noneMatch(line -> line.contains(".declared(int)"))
                .noneMatch(line -> line.contains(".stamped("));
    }
}
