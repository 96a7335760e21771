package dev.memoria.internal.recording;

/**
 * Which target a recorded call is replayed on. Streamlit's rule (§5.1 of the reference): a target created inside the
 * cached method maps to its replayed counterpart; one reached as the active target replays into whatever is active
 * then; a root (main area, sidebar) replays into that root; anything else is the closure case.
 */
public sealed interface Target {

    /** The target active on the calling thread at replay time. */
    record Active() implements Target {
    }

    /** A root of the run at replay time, by name. */
    record Root(String name) implements Target {
    }

    /** The {@code index}-th target created by the recording's own calls. */
    record Created(int index) implements Target {
    }

    /** A target made outside the cached method: replaying fails with {@code call} in the message. */
    record Outside(String call) implements Target {
    }
}
