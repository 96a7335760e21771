package dev.memoria.it.refresh;

import dev.memoria.CacheData;
import dev.memoria.it.refresh.apps.PlainQuotes;
import dev.memoria.it.support.ForkedJvm;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code refresh}, {@code maxStale} and {@code showTime} in a rules file, on an app that never mentions Memoria. */
@DisplayName("Rules files: refresh=BACKGROUND maxStale showTime on an unannotated method")
class RefreshRulesIT {

    @TempDir
    Path work;

    @Test
    @DisplayName("the stale quote is served after the ttl while a background fetch replaces it")
    void backgroundRefreshByRule() throws IOException {
        Path rules = Files.writeString(work.resolve("memoria.rules"), "data " + PlainQuotes.class.getName()
                + ".quote ttl=1s refresh=BACKGROUND maxStale=1m showTime=true\n");

        ForkedJvm.Result result = ForkedJvm.java().withAgent("config=" + rules)
                .systemProperty("memoria.cache.dir", work.resolve("cache")).classPathOf(PlainQuotes.class)
                .classPathOf(CacheData.class).main(PlainQuotes.class).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdoutLines()).as(result.toString())
                .contains("fetch 1 on main", "first = ACME #1", "stale = ACME #1", "fetch 2 on another thread",
                        "refreshed = ACME #2")
                .doesNotContain("fetch 2 on main");
    }
}
