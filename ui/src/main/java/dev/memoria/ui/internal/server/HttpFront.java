package dev.memoria.ui.internal.server;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The JDK HTTP server with the page, asset, session and metrics routes, each behind the {@link HostCheck} and the
 * {@link CrossSiteCheck}.
 */
public final class HttpFront {

    private final HttpServer server;
    private final ExecutorService handlers;

    private HttpFront(HttpServer server, ExecutorService handlers) {
        this.server = server;
        this.handlers = handlers;
    }

    /**
     * Listens on {@code address}; a pending poll is held for up to {@code pollMillis}. Handlers run on threads
     * made by {@code threads} (one per pending poll, so one per open tab, and a few more). {@code metrics} makes the
     * whole OpenMetrics page, {@code # EOF} included, on every {@code GET /metrics}.
     */
    public static HttpFront start(InetSocketAddress address, SessionPort sessions, String title, long pollMillis,
                                  Supplier<String> metrics, ThreadFactory threads) throws IOException {
        HttpServer server = HttpServer.create(address, 0);
        HostCheck hostCheck = new HostCheck(address.getAddress());
        route(server, "/", new PageRoute(sessions, title), hostCheck, CrossSiteCheck.PAGE);
        route(server, "/static/", new AssetRoute(), hostCheck, CrossSiteCheck.OTHER);
        route(server, "/s/", new SessionRoute(sessions, pollMillis), hostCheck, CrossSiteCheck.OTHER);
        route(server, "/metrics", new MetricsRoute(metrics), hostCheck, CrossSiteCheck.OTHER);
        ExecutorService handlers = Executors.newCachedThreadPool(threads);
        server.setExecutor(handlers);
        server.start();
        return new HttpFront(server, handlers);
    }

    private static void route(HttpServer server, String path, HttpHandler handler, HostCheck hostCheck,
                              CrossSiteCheck crossSiteCheck) {
        HttpContext context = server.createContext(path, handler);
        context.getFilters().add(hostCheck);
        context.getFilters().add(crossSiteCheck);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops accepting requests; pending polls are cut off. */
    public void stop() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
