package dev.memoria.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.memoria.ui.HttpProbe.SESSION;
import static dev.memoria.ui.HttpProbe.find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What another site's page can make the browser send to a local app (issue 13, item 9): an {@code <img>} or a link
 * to {@code /} opens no session and runs no app; a request from another origin, even another port of the same host,
 * reaches no route. The browser says where a request comes from in {@code Sec-Fetch-Site} and {@code Origin}.
 */
class CrossSiteTest {

    private static final String IMG = "Sec-Fetch-Site: cross-site\r\nSec-Fetch-Mode: no-cors\r\n"
                                      + "Sec-Fetch-Dest: image\r\n";
    private static final String LINK = "Sec-Fetch-Site: cross-site\r\nSec-Fetch-Mode: navigate\r\n"
                                       + "Sec-Fetch-Dest: document\r\nSec-Fetch-User: ?1\r\n";

    private final AtomicInteger runs = new AtomicInteger();
    private final AppServer server = new AppServer(() -> St.text("run " + runs.incrementAndGet())).port(0).start();
    private final HttpProbe probe = new HttpProbe(server);

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    @DisplayName("five <img> requests of another site's page for / open no session and run no app")
    void imageTagOpensNoSession() {
        for (int i = 0; i < 5; i++) {
            assertThat(probe.rawGet("/", IMG)).startsWith("HTTP/1.1 403")
                    .contains("refuses requests that a page of another site makes the browser send",
                              "Sec-Fetch-Site is 'cross-site'", "Open the app from its own address");
        }
        assertThat(probe.rawGet("/", IMG.replace("cross-site", "same-site"))).startsWith("HTTP/1.1 403");

        assertThat(server.sessionCount()).isZero();
        assertThat(runs).hasValue(0);
    }

    @Test
    @DisplayName("a link followed from another site gets a page with a link to the app, not a session")
    void linkFromAnotherSite() {
        String answer = probe.rawGet("/", LINK);

        assertThat(answer).startsWith("HTTP/1.1 403").contains("Content-type: text/html",
                "You came to this Memoria app from another site", "<a href=\"/\">Open the app</a>",
                "Content-security-policy: default-src 'none'");
        assertThat(server.sessionCount()).isZero();
        assertThat(runs).hasValue(0);
    }

    @Test
    @DisplayName("the user's own requests (typed, bookmarked, the page's own) and clients without the header pass")
    void ownRequestsPass() throws Exception {
        assertThat(probe.rawGet("/", "Sec-Fetch-Site: none\r\nSec-Fetch-Mode: navigate\r\n"))
                .startsWith("HTTP/1.1 200");
        String page = probe.rawGet("/", "Sec-Fetch-Site: same-origin\r\n");
        assertThat(page).startsWith("HTTP/1.1 200");
        assertThat(probe.get("/").statusCode()).isEqualTo(200);
        String session = find(SESSION, page);
        assertThat(probe.rawGet("/s/" + session + "/poll?after=0", "Sec-Fetch-Site: same-origin\r\n"))
                .startsWith("HTTP/1.1 200");
        assertThat(server.sessionCount()).isEqualTo(3);
    }

    @Test
    @DisplayName("a session's routes, the assets and /metrics refuse another site's requests and other origins")
    void otherRoutes() throws Exception {
        String session = find(SESSION, probe.get("/").body());
        String widget = "{\"id\":\"x\",\"value\":1}";

        for (String path : new String[] {"/s/" + session + "/poll?after=0", "/static/app.js", "/metrics"}) {
            assertThat(probe.rawGet(path, "Sec-Fetch-Site: cross-site\r\n")).as(path).startsWith("HTTP/1.1 403");
            assertThat(probe.rawGet(path, "Sec-Fetch-Site: same-site\r\n")).as(path).startsWith("HTTP/1.1 403");
        }
        String otherPort = "http://127.0.0.1:" + (server.port() == 20399 ? 20398 : 20399);
        HttpResponse<String> fromOtherPort = probe.client().send(probe.request("/s/" + session + "/widget")
                .header("Origin", otherPort).POST(HttpRequest.BodyPublishers.ofString(widget)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(fromOtherPort.statusCode()).isEqualTo(403);
        assertThat(fromOtherPort.body()).contains("answers requests of its own pages only", "from a page of '"
                                                  + otherPort + "'");
        HttpResponse<String> fromItsPage = probe.client().send(probe.request("/s/" + session + "/widget")
                .header("Origin", "http://127.0.0.1:" + server.port())
                .POST(HttpRequest.BodyPublishers.ofString(widget)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(fromItsPage.statusCode()).isEqualTo(204);
    }
}
