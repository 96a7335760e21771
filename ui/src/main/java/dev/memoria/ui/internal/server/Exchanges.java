package dev.memoria.ui.internal.server;

import dev.memoria.ui.internal.report.Messages;

import com.sun.net.httpserver.HttpExchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Reading requests and writing responses, with the headers every response carries. */
final class Exchanges {

    static final String JSON = "application/json; charset=utf-8";
    static final String TEXT = "text/plain; charset=utf-8";
    /** Widget changes are tiny; anything bigger is refused unread. */
    private static final int MAX_BODY = 1 << 20;

    private Exchanges() {
    }

    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        send(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", contentType);
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static void noContent(HttpExchange exchange) throws IOException {
        send(exchange, 204, TEXT, new byte[0]);
    }

    /** The server cannot take this request now: 503 with {@code Retry-After} and a message saying why. */
    static void busy(HttpExchange exchange, long retryAfterSeconds, String message) throws IOException {
        exchange.getResponseHeaders().set("Retry-After", String.valueOf(retryAfterSeconds));
        send(exchange, 503, TEXT, message);
    }

    /** The session is unknown: it ended (timeout, server restart) or never existed. */
    static void gone(HttpExchange exchange) throws IOException {
        send(exchange, 410, TEXT, Messages.sessionEnded());
    }

    static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> query = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw == null) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                query.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException malformed) {
                // a broken %-escape: the parameter counts as absent
            }
        }
        return query;
    }

    /** A number from the query, or {@code fallback} when it is absent or not a number. */
    static long number(Map<String, String> query, String name, long fallback) {
        try {
            return Long.parseLong(query.getOrDefault(name, ""));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The request body as text, or null when it is over the limit. */
    static String body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                body.write(buffer, 0, n);
                if (body.size() > MAX_BODY) {
                    return null;
                }
            }
            return body.toString(StandardCharsets.UTF_8);
        }
    }
}
