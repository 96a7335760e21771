package dev.memoria.ui.internal.server;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The JDK HTTP server with the page, asset, session and metrics routes, each behind the {@link HostCheck} and the
 * {@link CrossSiteCheck}.
 */
public final class HttpFront {

    /** Handler threads beyond those long polls may hold, so that pages, widget changes and rows never wait on polls. */
    private static final int OTHER_REQUEST_THREADS = 4;

    private final HttpServer server;
    private ThreadPoolExecutor handlers;

    private HttpFront(HttpServer server) {
        this.server = server;
    }

    /** Listens on {@code address}, answering nothing until {@link #start}. */
    public static HttpFront bind(InetSocketAddress address) throws IOException {
        return new HttpFront(HttpServer.create(address, 0));
    }

    /**
     * Starts answering. A pending poll is held for up to {@code pollMillis}, and at most {@code maxPolls} are held at
     * once; handlers run on {@code maxPolls} + {@value #OTHER_REQUEST_THREADS} threads made by {@code threads}, and
     * requests beyond wait in a queue. {@code metrics} makes the whole OpenMetrics page, {@code # EOF} included, on
     * every {@code GET /metrics}.
     */
    public void start(SessionPort sessions, String title, long pollMillis, int maxPolls, Supplier<String> metrics,
                      ThreadFactory threads) {
        HostCheck hostCheck = new HostCheck(server.getAddress().getAddress());
        route("/", new PageRoute(sessions, title), hostCheck, CrossSiteCheck.PAGE);
        route("/static/", new AssetRoute(), hostCheck, CrossSiteCheck.OTHER);
        route("/s/", new SessionRoute(sessions, pollMillis, new Semaphore(maxPolls)), hostCheck, CrossSiteCheck.OTHER);
        route("/metrics", new MetricsRoute(metrics), hostCheck, CrossSiteCheck.OTHER);
        int size = maxPolls + OTHER_REQUEST_THREADS;
        handlers = new ThreadPoolExecutor(size, size, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
        handlers.allowCoreThreadTimeOut(true);
        server.setExecutor(handlers);
        server.start();
    }

    private void route(String path, HttpHandler handler, HostCheck hostCheck, CrossSiteCheck crossSiteCheck) {
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
