package dev.memoria.internal.replay;

/**
 * Where the agent's advice on a toolkit's funnel methods reports each call: {@link #entered} before it runs (the
 * target is classified while the active container is still the caller's), {@link #exited} after. Outside a cached
 * computation both do almost nothing.
 */
public final class UiCalls {

    private UiCalls() {
    }

    /**
     * @return a token for {@link #exited}, or {@code null} when nothing records the call
     */
    public static Object entered(String toolkit, Object target, String method, Object[] args) {
        ReplayBinding binding = ReplayBindings.of(toolkit);
        if (binding == null || !Recorder.recording()) {
            return null;
        }
        return Recorder.start(binding, target, method, args);
    }

    /** @param token what {@link #entered} returned */
    public static void exited(Object token, Object returned, Throwable thrown) {
        if (token instanceof PendingCall call && thrown == null) {
            call.returned(returned);
        }
    }
}
