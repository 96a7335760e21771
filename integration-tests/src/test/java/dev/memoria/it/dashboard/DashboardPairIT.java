package dev.memoria.it.dashboard;

import static dev.memoria.it.dashboard.DashboardPage.runs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.memoria.demo.Dashboard;
import dev.memoria.it.redis.Redis;
import dev.memoria.it.redis.RedisServer;
import dev.memoria.it.redis.SharedJvm;
import dev.memoria.it.support.ForkedJvm;
import dev.memoria.ui.St;
import dev.memoria.ui.browser.Page;
import dev.memoria.ui.browser.SharedBrowser;
import dev.memoria.ui.browser.WebDriver;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two README dashboards on two ports sharing one local Redis, started as docs/remote.md says (the store and secret in
 * the environment, the demo's rules file making its data methods {@code persist = REMOTE}), driven in headless
 * Chromium.
 */
@ExtendWith(SharedBrowser.class)
@DisplayName("Two dashboards sharing one Redis: the second one's first page load is a hit of the dataset")
class DashboardPairIT {

    private static final String DATASET = "SalesData.load(long)";
    /** Fewer orders than the README's five million: this test is about sharing, not size. */
    private static final int ROWS = 500_000;

    @RegisterExtension
    static final Redis redis = new Redis();

    private final DashboardPage dashboard;
    private final Page page;

    DashboardPairIT(WebDriver browser) {
        this.dashboard = new DashboardPage(browser);
        this.page = dashboard.page();
    }

    @TempDir
    Path temp;

    @Test
    @DisplayName("the first dashboard loads the dataset; the second reads it from Redis, and fits its own model and"
            + " draws its own filters")
    void secondDashboardHits() throws IOException {
        RedisServer server = redis.standalone();
        // the rules file as the demo ships it (a resource next to the demo's classes, in a jar when the suite runs)
        Path rules = temp.resolve("remote.rules");
        try (InputStream shipped = Dashboard.class.getResourceAsStream("remote.rules")) {
            Files.copy(shipped, rules);
        }
        try (ForkedJvm.Running first = start(server, rules); ForkedJvm.Running second = start(server, rules)) {
            page.open(address(first));
            assertThat(dashboard.bodyRuns()).isEqualTo(runs(1, 1, 1));

            page.open(address(second));
            assertThat(page.main()).contains("Store Oslo: 500,000 orders over 364 days.");
            assertThat(dashboard.bodyRuns()).as("body runs in the second JVM; the JVMs:%n%s%n%s", first, second)
                    .isEqualTo(runs(0, 1, 1));
            assertThat(dashboard.activity(DATASET).thisRun()).endsWith("ms, hit");
        }
    }

    private static ForkedJvm.Running start(RedisServer server, Path rules) {
        return ForkedJvm.java().withAgent().option("-Xmx1g").systemProperty("memoria.demo.rows", ROWS)
                .systemProperty("memoria.config", rules)
                .environment("MEMORIA_REMOTE", server.url()).environment("MEMORIA_REMOTE_SECRET", SharedJvm.SECRET)
                .classPathOf(Dashboard.class).classPathOf(St.class).main(Dashboard.class, "--port", "0").start();
    }

    private static URI address(ForkedJvm.Running jvm) {
        return URI.create(jvm.awaitLineStartingWith(Dashboard.ADDRESS_LINE));
    }
}
