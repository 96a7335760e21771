package dev.memoria.internal.replay;

import java.util.List;

/**
 * What the runtime needs from a UI toolkit to record the calls a cached method makes on a miss and make them again on
 * a hit. The agent implements it for each toolkit it binds (memoria-ui built in) and reports every intercepted call
 * through {@link UiCalls}; the runtime itself knows no toolkit.
 *
 * <p>A toolkit draws through <em>targets</em> (containers): calls are "method M on target T with arguments A". A
 * target is the active one (where calls without an explicit target go, replayed into whatever is active at replay
 * time), a root of the current run (main area, sidebar), or one created by an earlier call.
 */
public interface ReplayBinding {

    /** The toolkit's name, e.g. {@code memoria-ui}; recordings name the binding that made them. */
    String toolkit();

    /** The target calls without an explicit one go to on this thread now, or {@code null} outside a UI run. */
    Object activeTarget();

    /** The root name ({@code main}, {@code sidebar}) when {@code target} is a root of the current run, else null. */
    String rootName(Object target);

    /** The current run's root named {@code name}, or {@code null} when the run has none of that name. */
    Object root(String name);

    /** The targets a call created (a layout's containers), in order; empty for most calls. */
    List<?> createdBy(String method, Object returned);

    /** Makes a recorded call again, on {@code target}. */
    Object invoke(Object target, String method, Object[] args) throws Throwable;

    /**
     * The classes the arguments of this toolkit's calls may contain, besides JDK value types: class names, or packages
     * as {@code dev.memoria.ui.element.*} (its classes and their nested classes, not its sub-packages). A recording
     * stored on disk is read back through this list only, so a tampered cache file cannot make a JVM instantiate
     * anything else.
     */
    List<String> recordedTypes();

    /** How messages name a call, e.g. "show(Text[body=1]) on Container main.2 of session s1". */
    String describe(Object target, String method, Object[] args);
}
