package dev.memoria.ui.internal.server;

/**
 * The server has as many sessions as it allows, so a new tab gets none: answered with 503 Service Unavailable, a
 * {@code Retry-After} of {@code retryAfterSeconds} and the message, which says why and what to do.
 */
public final class SessionsFull extends RuntimeException {

    private final long retryAfterSeconds;

    public SessionsFull(String message, long retryAfterSeconds) {
        super(message, null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
