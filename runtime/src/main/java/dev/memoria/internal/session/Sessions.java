package dev.memoria.internal.session;

import dev.memoria.internal.replay.ReplayBinding;
import dev.memoria.internal.replay.ReplayBindings;

/**
 * The UI session a thread works for, which {@code scope = SESSION} caches are keyed by. The bound UI toolkit says
 * which session a thread's run serves, and when a session ends (see {@link ReplayBindings}); Memoria itself starts
 * no sessions.
 */
public final class Sessions {

    private Sessions() {
    }

    /** The session whose UI run the calling thread is in, or {@code null}. */
    public static String current() {
        ReplayBinding binding = ReplayBindings.here();
        return binding == null ? null : binding.sessionId();
    }
}
