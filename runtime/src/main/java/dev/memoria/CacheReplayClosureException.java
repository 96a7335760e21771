package dev.memoria;

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
        super("While running " + method + ", a UI call was made on a container created outside the method:\n"
              + "    " + call + "\n"
              + "This is incompatible with replaying the cached effect of that call, because the referenced\n"
              + "container might not exist when the replay happens.\n"
              + "\n"
              + "How to fix this:\n"
              + "* Move the creation of that container inside " + method + ".\n"
              + "* Move the UI call outside of " + method + ", or make the container active around the cached call\n"
              + "  (container.enter() or container.run(...)) and draw with St.* inside: those calls replay into\n"
              + "  whatever container is active.\n"
              + "* Remove the " + annotation + " annotation from " + method + ".", null);
    }
}
