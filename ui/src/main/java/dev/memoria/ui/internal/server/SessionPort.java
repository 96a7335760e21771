package dev.memoria.ui.internal.server;

import dev.memoria.ui.element.Table;
import dev.memoria.ui.internal.tree.Snapshot;

import java.util.Optional;

/** What the HTTP front asks of the sessions; an unknown (or ended) session id gives empty or false. */
public interface SessionPort {

    /** Starts a session and its first run; returns its id. Throws {@link SessionsFull} at the session limit. */
    String open();

    /**
     * Waits up to {@code maxMillis} for the session's first run to complete, then returns what the page shows: the
     * first run, or as much of it as is done.
     */
    Optional<Snapshot> firstRun(String sessionId, long maxMillis) throws InterruptedException;

    /** Waits up to {@code maxMillis} for anything newer than {@code after}, then returns what the page shows. */
    Optional<Snapshot> poll(String sessionId, long after, long maxMillis) throws InterruptedException;

    /** The browser set a widget (clicked, for a button): the session re-runs. */
    boolean send(String sessionId, String widgetId, Object value);

    /** A table the session's page shows, for the rows it fetches as the user scrolls. */
    Optional<Table> table(String sessionId, String elementId);

    /** The page is going away. */
    void end(String sessionId);
}
