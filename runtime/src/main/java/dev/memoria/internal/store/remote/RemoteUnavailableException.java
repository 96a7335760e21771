package dev.memoria.internal.store.remote;

/** The settings do not allow a shared tier (no address, no secret, a bad address); the message says how to fix it. */
public final class RemoteUnavailableException extends RuntimeException {

    RemoteUnavailableException(String message) {
        super(message, null, false, false);
    }
}
