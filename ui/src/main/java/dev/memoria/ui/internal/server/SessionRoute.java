package dev.memoria.ui.internal.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.memoria.ui.element.Table;
import dev.memoria.ui.internal.html.TableHtml;
import dev.memoria.ui.internal.html.TreeHtml;
import dev.memoria.ui.internal.json.JsonReader;
import dev.memoria.ui.internal.json.JsonWriter;
import dev.memoria.ui.internal.report.Messages;
import dev.memoria.ui.internal.tree.Snapshot;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * The routes of one session, {@code /s/<session>/<action>}:
 * <ul>
 *   <li>{@code GET poll?after=<version>}: waits (up to the poll time) for anything newer, then answers with the
 *       version, whether a run is in progress, the number of completed runs and the HTML of the main area and the
 *       sidebar. The page polls again at once, so a pending poll is also the session's heartbeat. When as many
 *       polls are held as the server allows, a poll is answered at once, with {@code retry}: the milliseconds the
 *       page waits before it polls again.</li>
 *   <li>{@code POST widget} with {@code {"id": ..., "value": ...}}: a widget changed; the session re-runs.</li>
 *   <li>{@code GET rows?table=<element id>&from=<row>&count=<n>}: rows of a table as text cells.</li>
 *   <li>{@code POST end}: the page is going away.</li>
 * </ul>
 * An unknown session answers 410 Gone, which the page shows as "session ended".
 */
final class SessionRoute implements HttpHandler {

    /** Rows per request, at most. */
    private static final int MAX_ROWS = 1000;

    private final SessionPort sessions;
    private final long pollMillis;
    private final Semaphore heldPolls;

    /** A poll is held up to {@code pollMillis} while a permit of {@code heldPolls} is free, else answered at once. */
    SessionRoute(SessionPort sessions, long pollMillis, Semaphore heldPolls) {
        this.sessions = sessions;
        this.pollMillis = pollMillis;
        this.heldPolls = heldPolls;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String[] path = exchange.getRequestURI().getPath().split("/");
        String method = exchange.getRequestMethod();
        if (path.length != 4) {
            Exchanges.send(exchange, 404, Exchanges.TEXT, "Not found");
            return;
        }
        String session = path[2];
        switch (method + " " + path[3]) {
            case "GET poll" -> poll(exchange, session);
            case "POST widget" -> widget(exchange, session);
            case "GET rows" -> rows(exchange, session);
            case "POST end" -> {
                sessions.end(session);
                Exchanges.noContent(exchange);
            }
            default -> Exchanges.send(exchange, 404, Exchanges.TEXT, "Not found: " + method + " " + path[3]);
        }
    }

    private void poll(HttpExchange exchange, String session) throws IOException {
        long after = Exchanges.number(Exchanges.query(exchange), "after", 0);
        boolean held = heldPolls.tryAcquire();
        Optional<Snapshot> snapshot;
        try {
            snapshot = sessions.poll(session, after, held ? pollMillis : 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Exchanges.busy(exchange, 5, Messages.serverStopping());
            return;
        } finally {
            if (held) {
                heldPolls.release();
            }
        }
        if (snapshot.isEmpty()) {
            Exchanges.gone(exchange);
            return;
        }
        Snapshot s = snapshot.get();
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("version", s.version());
        update.put("running", s.running());
        update.put("runs", s.runs());
        update.put("ended", s.ended());
        update.put("main", TreeHtml.contents(s.main()));
        update.put("sidebar", TreeHtml.contents(s.sidebar()));
        if (!held) {
            // well inside the session timeout, a third of which a held poll waits
            update.put("retry", Math.min(1000, pollMillis));
        }
        Exchanges.send(exchange, 200, Exchanges.JSON, JsonWriter.compact(update));
    }

    private void widget(HttpExchange exchange, String session) throws IOException {
        String body = Exchanges.body(exchange);
        Map<String, Object> change;
        try {
            change = body == null ? null : JsonReader.object(body);
        } catch (IllegalArgumentException malformed) {
            change = null;
        }
        if (change == null || !(change.get("id") instanceof String id) || change.get("value") == null) {
            Exchanges.send(exchange, 400, Exchanges.TEXT, Messages.notAWidgetChange());
            return;
        }
        if (sessions.send(session, id, change.get("value"))) {
            Exchanges.noContent(exchange);
        } else {
            Exchanges.gone(exchange);
        }
    }

    private void rows(HttpExchange exchange, String session) throws IOException {
        Map<String, String> query = Exchanges.query(exchange);
        Optional<Table> table = sessions.table(session, query.getOrDefault("table", ""));
        if (table.isEmpty()) {
            Exchanges.send(exchange, 404, Exchanges.TEXT, Messages.noSuchTable());
            return;
        }
        int from = (int) Math.max(0, Math.min(Integer.MAX_VALUE, Exchanges.number(query, "from", 0)));
        int count = (int) Math.max(0, Math.min(MAX_ROWS, Exchanges.number(query, "count", 100)));
        Map<String, Object> rows = new LinkedHashMap<>();
        rows.put("from", from);
        rows.put("total", table.get().rows().size());
        rows.put("rows", TableHtml.cells(table.get(), from, count));
        Exchanges.send(exchange, 200, Exchanges.JSON, JsonWriter.compact(rows));
    }
}
