package dev.memoria.it.launch;

import dev.memoria.demo.RefreshDemo;
import dev.memoria.it.support.ForkedJvm;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's background refresh demo, started with the agent and its own classes only. */
@DisplayName("The README background refresh demo: the stale quote is served while a background fetch replaces it")
class RefreshDemoIT {

    @Test
    @DisplayName("The first fetch runs on the caller's thread, the next ones in the background, and their quotes"
                 + " replace the stale one")
    void staleQuoteServedWhileRefreshed() {
        ForkedJvm.Result result = ForkedJvm.java().withAgent().classPathOf(RefreshDemo.class).main(RefreshDemo.class)
                .run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        List<String> out = result.stdoutLines();
        List<String> fetches = out.stream().filter(line -> line.contains("fetching ACME")).toList();
        assertThat(fetches).as(result.toString()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(fetches.get(0)).contains("fetch #1, on thread main");
        assertThat(fetches.subList(1, fetches.size())).noneMatch(line -> line.contains("on thread main"));
        List<String> quotes = out.stream().filter(line -> line.contains("quote(\"ACME\") = ")).toList();
        assertThat(quotes).as(result.toString()).hasSize(14);
        assertThat(quotes.get(0)).contains("ACME quote #1");
        assertThat(quotes.get(quotes.size() - 1)).as(result.toString()).doesNotContain("ACME quote #1 ");
        assertThat(result.stderrLines()).as(result.toString()).singleElement().asString()
                .matches("Running `RefreshDemo\\.quote\\(\\.\\.\\.\\)`\\. \\(\\d+\\.\\d s\\)");
    }
}
