package dev.memoria.ui;

import java.time.Duration;

/**
 * What one server allows: open sessions, app runs at once, long polls held at once, and how long a silent session
 * lives. They bound the memory and threads that requests can make the server use (see {@link AppServer}).
 */
record ServerLimits(int maxSessions, int runThreads, int maxPolls, Duration sessionTimeout) {

    /** How long a poll is held: well inside the timeout, so that a live tab is always heard from in time. */
    long pollMillis() {
        return Math.min(25_000, sessionTimeout.toMillis() / 3);
    }
}
