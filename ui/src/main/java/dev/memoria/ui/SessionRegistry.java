package dev.memoria.ui;

import dev.memoria.ui.element.Table;
import dev.memoria.ui.internal.server.SessionPort;
import dev.memoria.ui.internal.tree.Snapshot;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The live sessions of one server. Session ids are 128 random bits, so a page of another site cannot guess one. A
 * session that has not been heard from for the timeout (its tab closed, its computer asleep) is ended by a reaper
 * that looks once a second.
 */
final class SessionRegistry implements SessionPort {

    private static final SecureRandom IDS = new SecureRandom();

    private final App app;
    private final long timeoutNanos;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final ExecutorService runner;
    private final ScheduledExecutorService reaper;

    SessionRegistry(App app, Duration timeout) {
        this.app = app;
        this.timeoutNanos = timeout.toNanos();
        this.runner = Executors.newCachedThreadPool(DaemonThreads.named("memoria-ui-run"));
        this.reaper = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("memoria-ui-reaper"));
        reaper.scheduleWithFixedDelay(this::endIdle, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public String open() {
        byte[] random = new byte[16];
        IDS.nextBytes(random);
        Session session = new Session(HexFormat.of().formatHex(random), app, runner, this::ended);
        sessions.put(session.id(), session);
        session.rerun();
        return session.id();
    }

    @Override
    public Optional<Snapshot> poll(String sessionId, long after, long maxMillis) throws InterruptedException {
        Optional<Session> session = find(sessionId);
        if (session.isEmpty()) {
            return Optional.empty();
        }
        Snapshot snapshot = session.get().await(after, maxMillis);
        session.get().seen();
        return Optional.of(snapshot);
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

    /** Ends every session and stops the reaper; runs in progress stop at their next toolkit call. */
    void close() {
        reaper.shutdownNow();
        sessions.values().forEach(Session::end);
        runner.shutdown();
    }

    private Optional<Session> find(String sessionId) {
        Session session = sessions.get(sessionId);
        if (session != null) {
            session.seen();
        }
        return Optional.ofNullable(session);
    }

    private void endIdle() {
        for (Session session : sessions.values()) {
            if (session.idleNanos() > timeoutNanos) {
                session.end();
            }
        }
    }

    private void ended(Session session) {
        sessions.remove(session.id());
        SessionEndListeners.sessionEnded(session.id());
    }
}
