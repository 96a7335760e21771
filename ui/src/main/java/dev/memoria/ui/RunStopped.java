package dev.memoria.ui;

/**
 * Stops a run that has been superseded (a widget changed, so a fresh run follows) or whose session ended: the next
 * toolkit call of the run throws it, as Streamlit's script runner stops a stale script. The session catches it;
 * an app that catches it by accident meets it again at its next toolkit call.
 */
final class RunStopped extends RuntimeException {

    private static final long serialVersionUID = 1L;

    RunStopped() {
        super("this run was stopped: a newer run replaces it, or its session ended", null, false, false);
    }
}
