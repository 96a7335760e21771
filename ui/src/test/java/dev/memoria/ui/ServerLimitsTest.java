package dev.memoria.ui;

import dev.memoria.ui.internal.json.JsonReader;
import dev.memoria.ui.internal.server.SessionsFull;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static dev.memoria.ui.HttpProbe.SESSION;
import static dev.memoria.ui.HttpProbe.find;
import static dev.memoria.ui.HttpProbe.waitFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a flood of requests can make the server use (issue 13, item 9): sessions, app runs and threads stay within
 * the limits, a tab over the session limit is told why with 503, and silent sessions end (issue 15, item 9).
 */
class ServerLimitsTest {

    private final AtomicInteger runs = new AtomicInteger();
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

    @Test
    @DisplayName("40 tabs opened four at a time at a limit of 3 sessions: 3 sessions and runs, 37 answers of 503 that"
                 + " say why, what to do and when to retry; one line on stderr and a count in /metrics for whoever"
                 + " runs the app")
    void sessionFlood() throws Exception {
        server = new AppServer(() -> St.text("run " + runs.incrementAndGet())).port(0).maxSessions(3).start();
        HttpProbe probe = new HttpProbe(server);
        List<HttpResponse<String>> answers = new ArrayList<>();
        String stderr = Stderr.capturing(() -> {
            ExecutorService four = Executors.newFixedThreadPool(4);
            try {
                List<Future<HttpResponse<String>>> pending = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    pending.add(four.submit(() -> probe.get("/")));
                }
                for (Future<HttpResponse<String>> answer : pending) {
                    answers.add(answer.get());
                }
            } finally {
                four.shutdown();
            }
        });

        List<HttpResponse<String>> refused = answers.stream().filter(a -> a.statusCode() == 503).toList();
        assertThat(answers.stream().filter(a -> a.statusCode() == 200)).hasSize(3);
        assertThat(refused).hasSize(37).allSatisfy(answer -> {
            assertThat(answer.headers().firstValue("Retry-After")).hasValue("60");
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
            assertThat(answer.body()).contains("This app has as many open sessions as it allows (3)",
                    "Close the tabs of this app you no longer use", "-Dmemoria.ui.maxSessions=N");
        });
        assertThat(server.sessionCount()).isEqualTo(3);
        assertThat(runs).hasValue(3);
        assertThat(stderr.lines().filter(line -> line.startsWith("Memoria UI: refusing new sessions at the limit"
                                                                  + " of 3 open"))).hasSize(1);
        assertThat(probe.get("/metrics").body()).contains("memoria_ui_sessions 3\n", "memoria_ui_sessions_max 3\n",
                                                          "memoria_ui_sessions_refused_total 37\n");

        String first = find(SESSION, answers.stream().filter(a -> a.statusCode() == 200).findFirst().orElseThrow()
                                            .body());
        probe.post("/s/" + first + "/end", "");
        waitFor(() -> ended.contains(first));
        assertThat(probe.get("/").statusCode()).as("a place freed by a tab's goodbye").isEqualTo(200);
    }

    @Test
    @DisplayName("-Dmemoria.ui.maxSessions sets the limit of servers made after it; a bad value fails with the fix")
    void limitFromSystemProperty() throws Exception {
        System.setProperty("memoria.ui.maxSessions", "1");
        try {
            server = new AppServer(() -> St.text("hi")).port(0).start();
        } finally {
            System.clearProperty("memoria.ui.maxSessions");
        }
        HttpProbe probe = new HttpProbe(server);
        assertThat(probe.get("/").statusCode()).isEqualTo(200);
        Stderr.capturing(() -> assertThat(probe.get("/").statusCode()).isEqualTo(503));

        System.setProperty("memoria.ui.maxPolls", "none");
        try {
            assertThatThrownBy(() -> new AppServer(() -> { }))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The system property memoria.ui.maxPolls is 'none'; it must be a whole number of at"
                                + " least 1 (unset, it is 32). Fix or remove -Dmemoria.ui.maxPolls.");
        } finally {
            System.clearProperty("memoria.ui.maxPolls");
        }
    }

    @Test
    @DisplayName("40 long polls at a limit of 2 make at most 2 + 4 HTTP threads; the polls over the limit are"
                 + " answered at once with the time to wait before the next")
    void pollFlood() throws Exception {
        server = new AppServer(() -> St.text("hi")).port(0).maxPolls(2).sessionTimeout(Duration.ofSeconds(3)).start();
        HttpProbe probe = new HttpProbe(server);
        String session = find(SESSION, probe.get("/").body());
        long version = (Long) JsonReader.object(probe.get("/s/" + session + "/poll?after=0").body()).get("version");

        List<CompletableFuture<HttpResponse<String>>> polls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            polls.add(probe.client().sendAsync(probe.request("/s/" + session + "/poll?after=" + version).build(),
                                               HttpResponse.BodyHandlers.ofString()));
        }
        List<Map<String, Object>> answers = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> poll : polls) {
            HttpResponse<String> answer = poll.get();
            assertThat(answer.statusCode()).isEqualTo(200);
            answers.add(JsonReader.object(answer.body()));
        }

        assertThat(answers.stream().filter(a -> a.containsKey("retry")))
                .hasSizeGreaterThanOrEqualTo(38).allSatisfy(a -> assertThat(a).containsEntry("retry", 1000L));
        assertThat(answers).allSatisfy(a -> assertThat(a).containsEntry("version", version).containsKey("main"));
        String prefix = "memoria-ui-http-" + server.port() + "-";
        assertThat(Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(prefix)))
                .as("the HTTP threads of the server (they live 30 s after their last request)")
                .hasSizeLessThanOrEqualTo(6);
    }

    @Test
    @DisplayName("a session not heard from for the timeout ends (a killed tab, a client that runs no script); one"
                 + " that polls lives on")
    void idleSessionsEnd() throws Exception {
        AtomicLong now = new AtomicLong();
        SessionRegistry registry = new SessionRegistry(() -> St.text("hi"),
                new ServerLimits(10, 2, 2, Duration.ofSeconds(60)), "idle-test", now::get);
        try {
            String polling = registry.open();
            String killed = registry.open();

            now.addAndGet(Duration.ofSeconds(59).toNanos());
            registry.poll(polling, 0, 0);
            now.addAndGet(Duration.ofSeconds(2).toNanos());
            registry.endIdle();

            waitFor(() -> ended.contains(killed));
            assertThat(ended).doesNotContain(polling);
            assertThat(registry.size()).isEqualTo(1);
            assertThat(registry.poll(killed, 0, 0)).isEmpty();
        } finally {
            registry.close();
        }
    }

    @Test
    @DisplayName("the session limit's refusal says why and what to do")
    void refusalText() {
        SessionRegistry registry = new SessionRegistry(() -> { }, new ServerLimits(1, 1, 1, Duration.ofSeconds(90)),
                "refusal-test", System::nanoTime);
        try {
            registry.open();
            String stderr = Stderr.capturing(() -> assertThatThrownBy(registry::open)
                    .isInstanceOf(SessionsFull.class)
                    .hasMessage("This app has as many open sessions as it allows (1), so this tab gets none. A"
                                + " session ends when its tab is closed, or 90 s after its tab stopped polling. Close"
                                + " the tabs of this app you no longer use and reload this page in a minute, or have"
                                + " whoever runs the app raise the limit (-Dmemoria.ui.maxSessions=N or"
                                + " AppServer.maxSessions(N))."));
            assertThat(stderr).contains("Memoria UI: refusing new sessions at the limit of 1 open");
        } finally {
            registry.close();
        }
    }
}
