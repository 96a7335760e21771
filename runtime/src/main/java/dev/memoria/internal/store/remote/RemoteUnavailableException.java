package dev.memoria.internal.store.remote;

/**
 * The settings do not allow a shared tier (no address, no secret, a bad address), or the tool cannot reach the store;
 * the message says how to fix it, and never holds the password.
 */
public final class RemoteUnavailableException extends RuntimeException {

    RemoteUnavailableException(String message) {
        super(message, null, false, false);
    }
}
