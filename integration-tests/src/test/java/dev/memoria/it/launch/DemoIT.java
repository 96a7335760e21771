package dev.memoria.it.launch;

import dev.memoria.demo.Demo;
import dev.memoria.it.support.ForkedJvm;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's console demo, started with the agent and its own classes only. */
@DisplayName("The README console demo: a slow call cached, and code edits that do and do not invalidate")
class DemoIT {

    @Test
    @DisplayName("Runs as the README says and shows hits, misses, the progress line and what each edit changed")
    void runsAsTheReadmeSays() {
        ForkedJvm.Result result = ForkedJvm.java().withAgent().classPathOf(Demo.class).main(Demo.class).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        List<String> out = result.stdoutLines();
        assertThat(out).as(result.toString()).contains("Memoria demo (agent active: true)");
        assertThat(linesWith(out, "forecast(\"Oslo\")")).as(result.toString())
                .satisfiesExactly(first -> assertThat(first).contains("ran the body"),
                        second -> assertThat(second).contains("cached"),
                        third -> assertThat(third).contains("cached"));
        assertThat(linesWith(out, "forecast(\"Paris\")")).singleElement().asString().contains("ran the body");
        assertThat(linesWith(out, "original:")).singleElement().asString().contains("= 30").contains("ran the body");
        assertThat(linesWith(out, "lines shifted:")).singleElement().asString().contains("= 30").contains("cached");
        assertThat(linesWith(out, "edited:")).first().asString().contains("= 36").contains("ran the body");
        assertThat(linesWith(out, "helper edited:")).singleElement().asString().contains("= 39")
                .contains("ran the body");
        assertThat(out).as("the diff after each edit").containsSubsequence(
                "      why it ran: a new code version; what changed since the previous one:",
                "        Prices.price(int): body changed",
                "      why it ran: a new code version; what changed since the previous one:",
                "        Prices.price(int) → Prices.rate(): body changed");
        assertThat(result.stderrLines()).as(result.toString())
                .containsExactly("Running `Weather.forecast(...)`.", "Running `Weather.forecast(...)`.");
    }

    private static List<String> linesWith(List<String> lines, String text) {
        return lines.stream().filter(line -> line.contains(text)).toList();
    }
}
