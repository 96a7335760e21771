package dev.memoria.ui.internal.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.memoria.ui.internal.html.Html;

import java.io.IOException;

/**
 * {@code GET /}: a new session and the page that shows it. Reloading the page starts a new session, as in
 * Streamlit. The page loads its script and style sheet from this server only; its content security policy forbids
 * everything else, so no injected markup could run script or reach another host. At the session limit the answer is
 * 503 with the reason.
 */
final class PageRoute implements HttpHandler {

    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                                 + " connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

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
            Exchanges.send(exchange, 404, Exchanges.TEXT, "Not found: the app is at /");
            return;
        }
        String session;
        try {
            session = sessions.open();
        } catch (SessionsFull full) {
            Exchanges.busy(exchange, full.retryAfterSeconds(), full.getMessage());
            return;
        }
        exchange.getResponseHeaders().set("Content-Security-Policy", POLICY);
        Exchanges.send(exchange, 200, "text/html; charset=utf-8", page(session));
    }

    private String page(String sessionId) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
               + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
               + "<title>" + Html.escape(title) + "</title><link rel=\"icon\" href=\"data:,\">"
               + "<link rel=\"stylesheet\" href=\"/static/app.css\"><script src=\"/static/app.js\" defer></script>"
               + "</head><body" + " data-session=\"" + Html.escape(sessionId) + "\" data-state=\"connecting\""
               + " data-version=\"0\" data-runs=\"0\">"
               + "<div id=\"m-status\" class=\"m-status\" role=\"status\"></div>"
               + "<div class=\"m-app\"><aside id=\"m-sidebar\" class=\"m-sidebar\" hidden></aside>"
               + "<main id=\"m-main\" class=\"m-main\"></main></div></body></html>";
    }
}
