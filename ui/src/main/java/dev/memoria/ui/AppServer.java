package dev.memoria.ui;

import dev.memoria.ui.internal.report.Messages;
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
 * own address or a loopback name, never requests that another site's page makes the browser send. A session ends
 * when its tab says goodbye, when it has not polled for the {@linkplain #sessionTimeout(Duration) session timeout}
 * (the tab was closed without a goodbye or killed, or the computer slept), or when the server stops;
 * {@link St#onSessionEnd} hears of each.
 *
 * <p>Its limits bound what requests can make it use: {@linkplain #maxSessions(int) open sessions} (a tab over the
 * limit is answered 503 with the reason, and the app does not run for it), {@linkplain #runThreads(int) app runs at
 * once} and {@linkplain #maxPolls(int) long polls held at once}. Each has a default that a system property
 * ({@code -Dmemoria.ui.maxSessions=200}, ...) changes for every server in the JVM, and a method here for one server.
 *
 * <p>{@code GET /metrics} serves OpenMetrics text for a scraper such as Prometheus: the number of open sessions,
 * their limit and the tabs refused at it, then whatever the {@linkplain #addMetrics sources} registered in this JVM
 * contribute.
 */
public final class AppServer implements AutoCloseable {

    /** Streamlit's port. */
    public static final int DEFAULT_PORT = 8501;
    /** Open sessions (tabs) at most, unless {@code -Dmemoria.ui.maxSessions} says otherwise. */
    public static final int DEFAULT_MAX_SESSIONS = 50;
    /** Long polls held at once, unless {@code -Dmemoria.ui.maxPolls} says otherwise. */
    public static final int DEFAULT_MAX_POLLS = 32;
    /** How long a silent session lives, unless {@code -Dmemoria.ui.sessionTimeout} says otherwise. */
    public static final Duration DEFAULT_SESSION_TIMEOUT = Duration.ofSeconds(60);

    private final App app;
    private String host = "127.0.0.1";
    private int port = DEFAULT_PORT;
    private int maxSessions = ServerProperties.count("memoria.ui.maxSessions", DEFAULT_MAX_SESSIONS);
    private int runThreads = ServerProperties.count("memoria.ui.runThreads", defaultRunThreads());
    private int maxPolls = ServerProperties.count("memoria.ui.maxPolls", DEFAULT_MAX_POLLS);
    private Duration sessionTimeout = ServerProperties.duration("memoria.ui.sessionTimeout", DEFAULT_SESSION_TIMEOUT);
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
    public static UntilClosed addMetrics(Supplier<String> source) {
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
            throw new IllegalArgumentException(Messages.badPort(port));
        }
        this.port = port;
        return this;
    }

    /**
     * How long a session lives without hearing from its tab: 60 seconds by default
     * ({@code -Dmemoria.ui.sessionTimeout}, e.g. {@code 90s}, {@code 5m}), at least one second. An open tab always has
     * a poll pending, so this is how long a closed or killed tab's session, or one opened by a client that runs no
     * script, holds its place.
     */
    public AppServer sessionTimeout(Duration timeout) {
        checkNotStarted();
        if (timeout.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException(Messages.sessionTimeoutTooShort(timeout.toString()));
        }
        this.sessionTimeout = timeout;
        return this;
    }

    /**
     * Open sessions at most: {@value #DEFAULT_MAX_SESSIONS} by default ({@code -Dmemoria.ui.maxSessions}). Each holds
     * its widget values, session state and last run's output in memory; a tab over the limit is answered
     * {@code 503 Service Unavailable} with the reason and a {@code Retry-After}, and the app does not run for it.
     */
    public AppServer maxSessions(int sessions) {
        checkNotStarted();
        this.maxSessions = atLeastOne("maxSessions", sessions);
        return this;
    }

    /**
     * App runs at once, each on a thread of its own: the number of processors, at least 4, by default
     * ({@code -Dmemoria.ui.runThreads}). Further sessions' runs wait their turn, so a burst of tabs costs the memory of
     * this many runs, not of one per tab.
     */
    public AppServer runThreads(int threads) {
        checkNotStarted();
        this.runThreads = atLeastOne("runThreads", threads);
        return this;
    }

    /**
     * Long polls held at once, each on a thread of its own: {@value #DEFAULT_MAX_POLLS} by default
     * ({@code -Dmemoria.ui.maxPolls}). A poll over the limit is answered at once, and its page polls again a second
     * later, so a tab still updates, a little later; the server's HTTP threads are this many plus four for other
     * requests.
     */
    public AppServer maxPolls(int polls) {
        checkNotStarted();
        this.maxPolls = atLeastOne("maxPolls", polls);
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
            throw new UncheckedIOException(Messages.unknownHost(host), e);
        }
        HttpFront bound;
        try {
            bound = HttpFront.bind(address);
        } catch (BindException e) {
            throw new UncheckedIOException(Messages.portTaken(host, port, e.getMessage()), e);
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.serverFailedToStart(host, port), e);
        }
        ServerLimits limits = new ServerLimits(maxSessions, runThreads, maxPolls, sessionTimeout);
        String threads = String.valueOf(bound.port()); // thread names say which server they serve
        SessionRegistry registry = new SessionRegistry(app, limits, threads, System::nanoTime);
        bound.start(registry, title, limits.pollMillis(), limits.maxPolls(),
                () -> MetricsSources.page(registry.size(), limits.maxSessions(), registry.refused()),
                DaemonThreads.named("memoria-ui-http-" + threads));
        front = bound;
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

    private static int defaultRunThreads() {
        return Math.max(4, Runtime.getRuntime().availableProcessors());
    }

    private static int atLeastOne(String setting, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(Messages.settingBelowOne(setting, value));
        }
        return value;
    }

    private void checkNotStarted() {
        if (front != null) {
            throw new IllegalStateException(Messages.serverStarted());
        }
    }
}
