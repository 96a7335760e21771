package dev.memoria.ui.internal.server;

import dev.memoria.ui.internal.report.Messages;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.util.function.Supplier;

/**
 * {@code GET /metrics}: OpenMetrics text for a scraper such as Prometheus, Streamlit's {@code /_stcore/metrics}
 * counterpart. The text comes whole from the page supplier, which the front does not interpret.
 */
final class MetricsRoute implements HttpHandler {

    static final String OPENMETRICS = "application/openmetrics-text; version=1.0.0; charset=utf-8";

    private final Supplier<String> page;

    MetricsRoute(Supplier<String> page) {
        this.page = page;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestURI().getPath().equals("/metrics") || !exchange.getRequestMethod().equals("GET")) {
            Exchanges.send(exchange, 404, Exchanges.TEXT, Messages.notTheMetrics());
            return;
        }
        Exchanges.send(exchange, 200, OPENMETRICS, page.get());
    }
}
