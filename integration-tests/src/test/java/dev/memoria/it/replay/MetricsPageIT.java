package dev.memoria.it.replay;

import dev.memoria.CacheData;
import dev.memoria.CacheResource;
import dev.memoria.it.support.Calls;
import dev.memoria.it.support.FreshCaches;
import dev.memoria.ui.AppServer;
import dev.memoria.ui.St;
import dev.memoria.ui.UiRun;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(FreshCaches.class)
@DisplayName("/metrics on the toolkit's server shows every cached method's entries, bytes, hits and misses")
class MetricsPageIT {

    static final Calls CALLS = new Calls();

    @CacheData
    static int square(int i) {
        CALLS.record("square", i);
        St.text("square " + i);
        return i * i;
    }

    @CacheResource
    static StringBuilder shared() {
        CALLS.record("shared");
        return new StringBuilder("shared");
    }

    @Test
    @DisplayName("after a miss and two hits, the page counts them per method, in OpenMetrics text")
    void countsHitsAndMisses() throws Exception {
        UiRun run = UiRun.open(() -> {
            St.text("total " + (square(3) + square(3) + square(3)));
            St.text(shared().toString());
        }, "metrics-1");
        assertThat(run.texts()).containsExactly("square 3", "square 3", "square 3", "total 27", "shared");

        try (AppServer server = new AppServer(() -> St.text("app")).port(0).start()) {
            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.url() + "metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValue(
                    "application/openmetrics-text; version=1.0.0; charset=utf-8");
            String square = "{cache=\"" + MetricsPageIT.class.getName() + ".square(int)\",cache_type=\"data\"}";
            String shared = "{cache=\"" + MetricsPageIT.class.getName() + ".shared()\",cache_type=\"resource\"}";
            assertThat(page.body())
                    .contains("# TYPE memoria_cache_hits counter\n")
                    .contains("memoria_cache_hits_total" + square + " 2\n")
                    .contains("memoria_cache_misses_total" + square + " 1\n")
                    .contains("memoria_cache_entries" + square + " 1\n")
                    .contains("memoria_cache_misses_total" + shared + " 1\n")
                    .containsPattern("memoria_cache_memory_bytes" + java.util.regex.Pattern.quote(square) + " [1-9]")
                    .endsWith("# EOF\n");
        }
    }
}
