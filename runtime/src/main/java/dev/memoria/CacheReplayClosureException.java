package dev.memoria;

import dev.memoria.internal.report.Messages;

/**
 * A cached method made a UI call on a container that was created outside the method and was not the active one.
 * Replaying the call on a hit would need that very container, which may not exist then, so the hit fails instead
 * (Streamlit's {@code CacheReplayClosureError}). It is raised when the call is replayed, not when it is recorded.
 */
public final class CacheReplayClosureException extends MemoriaException {

    private static final long serialVersionUID = 1L;

    /**
     * @param method     the cached method, as people read it
     * @param annotation {@code @CacheData} or {@code @CacheResource}
     * @param call       the UI call, e.g. "show(Text[body=1]) on Container main.2 of session s1"
     */
    public CacheReplayClosureException(String method, String annotation, String call) {
        super(Messages.replayClosure(method, annotation, call), null);
    }
}
