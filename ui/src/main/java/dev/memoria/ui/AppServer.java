package dev.memoria.ui;

import dev.memoria.ui.internal.server.HttpFront;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Serves an {@link App} to browsers with the JDK's built-in HTTP server: one page, plain JavaScript, nothing fetched
 * from other hosts. Each tab that opens the page gets a session of its own, with its own widget values, and sees
 * the app's output update in place whenever a widget changes.
 *
 * <pre>{@code
 * AppServer server = new AppServer(MyApp::draw).port(8501).start();   // http://127.0.0.1:8501/
 * ...
 * server.stop();                                                       // ends every session
 * }</pre>
 *
 * <p>It listens on 127.0.0.1 unless {@link #host(String)} says otherwise, and answers only requests addressed to its
 * own address or a loopback name. A session ends when its tab says goodbye, when it has not polled for the
 * {@linkplain #sessionTimeout(Duration) session timeout} (the tab was closed without a goodbye, or the computer
 * slept), or when the server stops; {@link St#onSessionEnd} hears of each.
 *
 * <p>{@code GET /metrics} serves OpenMetrics text for a scraper such as Prometheus: the number of open sessions,
 * then whatever the {@linkplain #addMetrics sources} registered in this JVM contribute.
 */
public final class AppServer implements AutoCloseable {

    /** Streamlit's port. */
    public static final int DEFAULT_PORT = 8501;

    private final App app;
    private String host = "127.0.0.1";
    private int port = DEFAULT_PORT;
    private Duration sessionTimeout = Duration.ofSeconds(60);
    private String title = "Memoria app";
    private SessionRegistry sessions;
    private HttpFront front;

    /**
     * Adds {@code source}'s text to the {@code /metrics} page of every server in this JVM, after the toolkit's own
     * families; closing the returned scope removes it. The source is called on every request for the page, and
     * returns whole OpenMetrics families ({@code # TYPE} and samples, names unlike any other source's) without
     * {@code # EOF}, which the page adds. A source that throws leaves its text out and is reported in the
     * {@code memoria_ui_metrics_source_errors} family; the rest of the page is served. This is how code the toolkit
     * does not know of, such as a caching agent, publishes its numbers next to the app.
     */
    public static Scope addMetrics(Supplier<String> source) {
        return MetricsSources.add(Objects.requireNonNull(source, "source"));
    }

    public AppServer(App app) {
        this.app = Objects.requireNonNull(app, "app");
    }

    /** The address to listen on: 127.0.0.1 by default; "0.0.0.0" makes the app reachable from other machines. */
    public AppServer host(String host) {
        checkNotStarted();
        this.host = Objects.requireNonNull(host, "host");
        return this;
    }

    /** The port to listen on: {@value #DEFAULT_PORT} by default; 0 picks a free one (see {@link #port()}). */
    public AppServer port(int port) {
        checkNotStarted();
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("a port is 0 (any free port) to 65535; got " + port);
        }
        this.port = port;
        return this;
    }

    /** How long a session lives without hearing from its tab: 60 seconds by default, at least one second. */
    public AppServer sessionTimeout(Duration timeout) {
        checkNotStarted();
        if (timeout.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("the session timeout must be at least 1 second; got " + timeout);
        }
        this.sessionTimeout = timeout;
        return this;
    }

    /** The page's title in the browser tab: "Memoria app" by default. */
    public AppServer title(String title) {
        checkNotStarted();
        this.title = Objects.requireNonNull(title, "title");
        return this;
    }

    /** Starts listening; the first run of a session happens when a tab opens the page. */
    public synchronized AppServer start() {
        checkNotStarted();
        InetSocketAddress address;
        try {
            address = new InetSocketAddress(InetAddress.getByName(host), port);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot resolve the host '" + host + "' to listen on; pass an IP address"
                                           + " such as 127.0.0.1 to AppServer.host(...)", e);
        }
        SessionRegistry registry = new SessionRegistry(app, sessionTimeout);
        // polls return well inside the timeout, so a live tab is always heard from in time
        long pollMillis = Math.min(25_000, sessionTimeout.toMillis() / 3);
        try {
            front = HttpFront.start(address, registry, title, pollMillis, () -> MetricsSources.page(registry.size()),
                    DaemonThreads.named("memoria-ui-http"));
        } catch (BindException e) {
            registry.close();
            throw new UncheckedIOException("Cannot listen on " + host + ":" + port + ": " + e.getMessage() + ". Is"
                    + " another app using the port? Stop it, or choose another port with AppServer.port(...);"
                    + " port 0 picks a free one.", e);
        } catch (IOException e) {
            registry.close();
            throw new UncheckedIOException("Cannot start the HTTP server on " + host + ":" + port, e);
        }
        sessions = registry;
        return this;
    }

    /** The port the server listens on (the chosen one, when started with port 0). */
    public synchronized int port() {
        return front == null ? port : front.port();
    }

    /** The page's address, e.g. {@code http://127.0.0.1:8501/}. */
    public URI url() {
        String address = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + address + ":" + port() + "/");
    }

    /** How many sessions are live: one per open tab. */
    public synchronized int sessionCount() {
        return sessions == null ? 0 : sessions.size();
    }

    /** Stops listening and ends every session; runs in progress stop at their next toolkit call. */
    public synchronized void stop() {
        if (front != null) {
            front.stop();
            sessions.close();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void checkNotStarted() {
        if (front != null) {
            throw new IllegalStateException("The server has started; configure it before start()");
        }
    }
}
