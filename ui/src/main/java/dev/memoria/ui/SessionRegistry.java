package dev.memoria.ui;

import dev.memoria.ui.element.Table;
import dev.memoria.ui.internal.report.Messages;
import dev.memoria.ui.internal.server.SessionPort;
import dev.memoria.ui.internal.server.SessionsFull;
import dev.memoria.ui.internal.tree.Snapshot;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The live sessions of one server. Session ids are 128 random bits, so a page of another site cannot guess one.
 * There are at most {@link ServerLimits#maxSessions()} sessions, and at most {@link ServerLimits#runThreads()} of
 * them run the app at once (the others' runs wait their turn). A session that has not been heard from for the
 * timeout (its tab closed or killed, its computer asleep, or a page that never ran its script) is ended by a reaper
 * that looks once a second.
 */
final class SessionRegistry implements SessionPort {

    private static final SecureRandom IDS = new SecureRandom();

    private final App app;
    private final ServerLimits limits;
    private final LongSupplier clock;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor runner;
    private final ScheduledExecutorService reaper;
    private final AtomicLong refused = new AtomicLong();

    /**
     * {@code threads} names the server's threads ({@code memoria-ui-run-<threads>-1}, ...); {@code clock} gives
     * nanoseconds, as {@link System#nanoTime()} does, for the session timeout.
     */
    SessionRegistry(App app, ServerLimits limits, String threads, LongSupplier clock) {
        this.app = app;
        this.limits = limits;
        this.clock = clock;
        this.runner = new ThreadPoolExecutor(limits.runThreads(), limits.runThreads(), 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), DaemonThreads.named("memoria-ui-run-" + threads));
        runner.allowCoreThreadTimeOut(true);
        this.reaper = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("memoria-ui-reaper-" + threads));
        reaper.scheduleWithFixedDelay(this::endIdle, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public synchronized String open() {
        if (sessions.size() >= limits.maxSessions()) {
            throw refusal();
        }
        byte[] random = new byte[16];
        IDS.nextBytes(random);
        Session session = new Session(HexFormat.of().formatHex(random), app, runner, this::ended, clock);
        sessions.put(session.id(), session);
        session.rerun();
        return session.id();
    }

    @Override
    public Optional<Snapshot> firstRun(String sessionId, long maxMillis) throws InterruptedException {
        Optional<Session> session = find(sessionId);
        return session.isEmpty() ? Optional.empty() : Optional.of(session.get().awaitFirstRun(maxMillis));
    }

    @Override
    public Optional<Snapshot> poll(String sessionId, long after, long maxMillis) throws InterruptedException {
        Optional<Session> session = find(sessionId);
        return session.isEmpty() ? Optional.empty() : Optional.of(session.get().await(after, maxMillis));
    }

    @Override
    public boolean send(String sessionId, String widgetId, Object value) {
        find(sessionId).ifPresent(session -> session.send(widgetId, value));
        return sessions.containsKey(sessionId);
    }

    @Override
    public Optional<Table> table(String sessionId, String elementId) {
        return find(sessionId).flatMap(session -> session.table(elementId));
    }

    @Override
    public void end(String sessionId) {
        find(sessionId).ifPresent(Session::end);
    }

    int size() {
        return sessions.size();
    }

    /** How many tabs were refused a session because the most were open. */
    long refused() {
        return refused.get();
    }

    /** Ends every session and stops the reaper; runs in progress stop at their next toolkit call. */
    void close() {
        reaper.shutdownNow();
        sessions.values().forEach(Session::end);
        runner.shutdown();
    }

    /**
     * Ends the sessions not heard from for longer than the timeout. A request of the session's page is what counts:
     * a live tab always has a poll pending or just answered, so its last request is never older than a poll's wait.
     */
    void endIdle() {
        long timeout = limits.sessionTimeout().toNanos();
        for (Session session : sessions.values()) {
            if (session.idleNanos() > timeout) {
                session.end();
            }
        }
    }

    /** Heard from the session's page: it is alive. */
    private Optional<Session> find(String sessionId) {
        Session session = sessions.get(sessionId);
        if (session != null) {
            session.seen();
        }
        return Optional.ofNullable(session);
    }

    private SessionsFull refusal() {
        long timeout = limits.sessionTimeout().toSeconds();
        SessionsFull full = new SessionsFull(Messages.sessionsFull(limits.maxSessions(), timeout), timeout);
        if (refused.getAndIncrement() == 0) {
            System.err.println(Messages.refusingSessions(limits.maxSessions()));
        }
        return full;
    }

    private void ended(Session session) {
        sessions.remove(session.id());
        SessionEndListeners.sessionEnded(session.id());
    }
}
