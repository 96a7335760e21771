package dev.memoria.ui.internal.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.memoria.ui.internal.html.Html;
import dev.memoria.ui.internal.html.TreeHtml;
import dev.memoria.ui.internal.report.Messages;
import dev.memoria.ui.internal.tree.Snapshot;

import java.io.IOException;
import java.util.Optional;

/**
 * {@code GET /}: a new session and the page that shows it, with its first run already in the HTML, so that a
 * client that runs no script (curl, a screenshot) sees the app and not a blank page. The page waits up to a second
 * for that run to complete, or up to {@code ?wait=<seconds>} (at most {@value #MAX_WAIT_SECONDS}) when asked, and
 * shows as much of it as is done. Reloading the page starts a new session, as in Streamlit. The page loads its
 * script and style sheet from this server only; its content security policy forbids everything else, so no
 * injected markup could run script or reach another host. At the session limit the answer is 503 with the reason.
 */
final class PageRoute implements HttpHandler {

    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                                 + " connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final long DEFAULT_WAIT_MILLIS = 1000;
    private static final long MAX_WAIT_SECONDS = 60;

    private final SessionPort sessions;
    private final String title;

    PageRoute(SessionPort sessions, String title) {
        this.sessions = sessions;
        this.title = title;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/favicon.ico")) {
            Exchanges.noContent(exchange);
            return;
        }
        if (!path.equals("/") || !exchange.getRequestMethod().equals("GET")) {
            Exchanges.send(exchange, 404, Exchanges.TEXT, Messages.notTheApp());
            return;
        }
        String session;
        try {
            session = sessions.open();
        } catch (SessionsFull full) {
            Exchanges.busy(exchange, full.retryAfterSeconds(), full.getMessage());
            return;
        }
        Optional<Snapshot> first;
        try {
            first = sessions.firstRun(session, waitMillis(exchange));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Exchanges.busy(exchange, 5, Messages.serverStopping());
            return;
        }
        exchange.getResponseHeaders().set("Content-Security-Policy", POLICY);
        Exchanges.send(exchange, 200, "text/html; charset=utf-8", page(session, first));
    }

    private static long waitMillis(HttpExchange exchange) {
        long seconds = Exchanges.number(Exchanges.query(exchange), "wait", -1);
        return seconds < 0 ? DEFAULT_WAIT_MILLIS : Math.min(seconds, MAX_WAIT_SECONDS) * 1000;
    }

    /** The page, showing {@code first}; none when the session ended at once, which the page's first poll reports. */
    private String page(String sessionId, Optional<Snapshot> first) {
        String main = first.map(s -> TreeHtml.contents(s.main())).orElse("");
        String sidebar = first.map(s -> TreeHtml.contents(s.sidebar())).orElse("");
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
               + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
               + "<title>" + Html.escape(title) + "</title><link rel=\"icon\" href=\"data:,\">"
               + "<link rel=\"stylesheet\" href=\"/static/app.css\"><script src=\"/static/app.js\" defer></script>"
               + "</head><body" + " data-session=\"" + Html.escape(sessionId) + "\" data-state=\"connecting\""
               + " data-version=\"" + first.map(Snapshot::version).orElse(0L) + "\""
               + " data-runs=\"" + first.map(Snapshot::runs).orElse(0) + "\">"
               + "<noscript><p class=\"m-noscript\">" + Messages.needsJavaScript() + "</p></noscript>"
               + "<div id=\"m-status\" class=\"m-status\" role=\"status\"></div>"
               + "<div class=\"m-app\"><aside id=\"m-sidebar\" class=\"m-sidebar\""
               + (sidebar.isEmpty() ? " hidden" : "") + ">" + sidebar + "</aside>"
               + "<main id=\"m-main\" class=\"m-main\">" + main + "</main></div></body></html>";
    }
}
