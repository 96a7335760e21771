package dev.memoria.ui;

import dev.memoria.ui.internal.json.JsonReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import static dev.memoria.ui.HttpProbe.SESSION;
import static dev.memoria.ui.HttpProbe.find;
import static dev.memoria.ui.HttpProbe.waitFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The server over HTTP, as the page's script uses it: sessions, polls, widget changes, rows, ends, refusals. */
class AppServerTest {

    private static final Pattern WIDGET = Pattern.compile("data-widget=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> ended = new CopyOnWriteArrayList<>();
    private final UntilClosed listening = St.onSessionEnd(ended::add);
    private AppServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
        listening.close();
    }

    private AppServer serve(App app) {
        server = new AppServer(app).port(0).sessionTimeout(Duration.ofSeconds(1)).title("Test <app>").start();
        return server;
    }

    @Test
    @DisplayName("GET / opens a session and shows its first run; a poll brings it too; a widget change brings a second")
    void pageAndUpdates() throws Exception {
        serve(() -> St.text("days " + St.slider("Days", 1, 30, 7)));

        HttpResponse<String> page = get("/");
        String session = find(SESSION, page.body());
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("default-src 'none'", "script-src 'self'", "connect-src 'self'"));
        assertThat(page.body()).contains("<title>Test &lt;app&gt;</title>", "/static/app.js", "/static/app.css");
        assertThat(page.body()).as("the first run, for clients that run no script")
                               .contains("days 7", "data-runs=\"1\"", "<noscript>", "need JavaScript");

        Map<String, Object> first = idle(session);
        assertThat(first).containsEntry("runs", 1L).containsEntry("ended", false);
        assertThat((String) first.get("main")).contains("days 7");

        assertThat(post("/s/" + session + "/widget",
                        "{\"id\":\"" + find(WIDGET, (String) first.get("main")) + "\",\"value\":12}").statusCode())
                .isEqualTo(204);
        Map<String, Object> second = idle(session);
        assertThat(second).containsEntry("runs", 2L);
        assertThat((String) second.get("main")).contains("days 12");
        assertThat(server.sessionCount()).isEqualTo(1);
    }

    @Test
    @DisplayName("rows of a table come in slices as text; the script and styles are served; unknown things are not")
    void rowsAndAssets() throws Exception {
        serve(() -> St.table(List.of("n"), java.util.stream.IntStream.range(0, 5000).mapToObj(i -> List.of("<" + i + ">"))
                                                  .toList()));
        String session = find(SESSION, get("/").body());
        idle(session);

        Map<String, Object> rows = JsonReader.object(get("/s/" + session + "/rows?table=main.0&from=4998&count=10").body());

        assertThat(rows).containsEntry("from", 4998L).containsEntry("total", 5000L)
                        .containsEntry("rows", List.of(List.of("4998", "<4998>"), List.of("4999", "<4999>")));
        assertThat(get("/s/" + session + "/rows?table=main.7").statusCode()).isEqualTo(404);
        assertThat(get("/static/app.js").body()).contains("'use strict'");
        assertThat(get("/static/app.css").headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(get("/static/other.js").statusCode()).isEqualTo(404);
        assertThat(get("/elsewhere").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("an unknown session is gone (410); a malformed widget change is refused (400)")
    void refusals() throws Exception {
        serve(() -> St.text("hi"));
        String session = find(SESSION, get("/").body());

        assertThat(get("/s/0123/poll?after=0").statusCode()).isEqualTo(410);
        assertThat(post("/s/0123/widget", "{\"id\":\"x\",\"value\":1}").statusCode()).isEqualTo(410);
        assertThat(post("/s/" + session + "/widget", "{\"id\":1}").statusCode()).isEqualTo(400);
        assertThat(post("/s/" + session + "/widget", "not json").statusCode()).isEqualTo(400);
    }

    @Test
    @DisplayName("requests for another host name or from another origin are refused (DNS rebinding, cross-site)")
    void hostCheck() throws Exception {
        serve(() -> St.text("hi"));

        assertThat(raw("GET / HTTP/1.1\r\nHost: attacker.example:" + server.port() + "\r\n\r\n"))
                .startsWith("HTTP/1.1 403").contains("Memoria UI answers requests addressed to 127.0.0.1, localhost");
        assertThat(raw("GET / HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\n\r\n")).startsWith("HTTP/1.1 200");
        HttpResponse<String> crossSite = http.send(HttpRequest.newBuilder(server.url().resolve("/s/x/end"))
                .header("Origin", "https://attacker.example").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(crossSite.statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName("a session ends on goodbye, on silence longer than the timeout, and when the server stops")
    void sessionEnds() throws Exception {
        serve(() -> St.text("hi"));
        String goodbye = find(SESSION, get("/").body());
        String silent = find(SESSION, get("/").body());
        String open = find(SESSION, get("/").body());
        idle(goodbye);

        assertThat(post("/s/" + goodbye + "/end", "").statusCode()).isEqualTo(204);
        waitFor(() -> ended.contains(goodbye));
        long version = (Long) idle(open).get("version");
        for (int i = 0; i < 20 && !ended.contains(silent); i++) { // an open tab keeps polling; each poll waits 333 ms
            version = (Long) JsonReader.object(get("/s/" + open + "/poll?after=" + version).body()).get("version");
        }
        assertThat(ended).containsExactly(goodbye, silent);
        server.stop();
        waitFor(() -> ended.contains(open));
        assertThat(server.sessionCount()).isZero();
    }

    @Test
    @DisplayName("GET /metrics serves open sessions and every registered source as OpenMetrics; a throwing source is"
                 + " reported, not fatal; closing a source's scope removes it")
    void metrics() throws Exception {
        server = new AppServer(() -> St.text("hi")).port(0).start(); // the default timeout: the session stays open
        get("/");
        try (UntilClosed first = AppServer.addMetrics(() -> "# TYPE test_first gauge\ntest_first 1");
             UntilClosed failing = AppServer.addMetrics(() -> {
                 throw new IllegalStateException("no \"numbers\"\nyet");
             });
             UntilClosed second = AppServer.addMetrics(() -> "# TYPE test_second counter\ntest_second_total 2\n")) {

            HttpResponse<String> metrics = get("/metrics");

            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.headers().firstValue("Content-Type"))
                    .hasValue("application/openmetrics-text; version=1.0.0; charset=utf-8");
            assertThat(metrics.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(metrics.body()).isEqualTo("""
                    # TYPE memoria_ui_sessions gauge
                    # HELP memoria_ui_sessions Open sessions (browser tabs) of this server.
                    memoria_ui_sessions 1
                    # TYPE memoria_ui_sessions_max gauge
                    # HELP memoria_ui_sessions_max The most sessions this server keeps open (maxSessions).
                    memoria_ui_sessions_max 50
                    # TYPE memoria_ui_sessions_refused counter
                    # HELP memoria_ui_sessions_refused Tabs refused a session because the most were open.
                    memoria_ui_sessions_refused_total 0
                    # TYPE test_first gauge
                    test_first 1
                    # TYPE test_second counter
                    test_second_total 2
                    # TYPE memoria_ui_metrics_source_errors gauge
                    # HELP memoria_ui_metrics_source_errors Metrics sources whose text is missing from this page\
                     because they threw (source: position in registration order).
                    memoria_ui_metrics_source_errors{source="2",error="java.lang.IllegalStateException: no \\"numbers\\"\\nyet"} 1
                    # EOF
                    """);
        }
        assertThat(get("/metrics").body()).doesNotContain("test_").endsWith("memoria_ui_metrics_source_errors"
                + " gauge\n# HELP memoria_ui_metrics_source_errors Metrics sources whose text is missing from this"
                + " page because they threw (source: position in registration order).\n# EOF\n");
        assertThat(post("/metrics", "").statusCode()).isEqualTo(404);
        assertThat(raw("GET /metrics HTTP/1.1\r\nHost: attacker.example:" + server.port() + "\r\n\r\n"))
                .startsWith("HTTP/1.1 403");
    }

    @Test
    @DisplayName("a port in use fails with the fix in the message")
    void portInUse() {
        serve(() -> St.text("hi"));

        assertThatThrownBy(() -> new AppServer(() -> { }).port(server.port()).start())
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("Cannot listen on 127.0.0.1:" + server.port())
                .hasMessageContaining("choose another port with AppServer.port(...); port 0 picks a free one");
    }

    /** Polls until a response shows no run in progress. */
    private Map<String, Object> idle(String session) throws Exception {
        long version = 0;
        for (int i = 0; i < 100; i++) {
            Map<String, Object> update = JsonReader.object(get("/s/" + session + "/poll?after=" + version).body());
            if (!(Boolean) update.get("running") && (Long) update.get("runs") > 0) {
                return update;
            }
            version = (Long) update.get("version");
        }
        throw new AssertionError("session " + session + " kept running");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return new HttpProbe(server).get(path);
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return new HttpProbe(server).post(path, body);
    }

    private String raw(String request) {
        return new HttpProbe(server).raw(request);
    }

}
