package dev.memoria.internal.replay;

import dev.memoria.internal.report.Messages;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the runtime needs from a UI toolkit to record the calls a cached method makes on a miss and make them again on
 * a hit. The agent implements it for each toolkit it binds (memoria-ui built in, others from a rules file) and reports
 * every intercepted call through {@link UiCalls}; the runtime itself knows no toolkit.
 *
 * <p>A toolkit draws through <em>targets</em> (containers): calls are "method M on target T with arguments A". A
 * target is the active one (where calls without an explicit target go, replayed into whatever is active at replay
 * time), a root of the current run (main area, sidebar), or one created by an earlier call.
 *
 * <p>The default methods are the optional capabilities: a toolkit whose description leaves one out keeps element
 * replay, and the feature says what is missing when it is asked for.
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

    /** Whether {@code method} (a funnel method as reported to {@link UiCalls}) is a widget: its first argument describes it. */
    default boolean isWidget(String method) {
        return false;
    }

    /** The widget's identity within its session; {@code null} when the toolkit's description names no way to get it. */
    default String widgetId(Object widget) {
        return null;
    }

    /**
     * The value {@code widget} has in the current run, without showing it.
     *
     * @throws UnsupportedOperationException when the description names no way to read it
     */
    default Object peek(Object target, Object widget) {
        throw new UnsupportedOperationException(Messages.bindingWithoutPeek(toolkit()));
    }

    /** Shows a warning element on {@code target}; {@code false} when the toolkit has none. */
    default boolean warn(Object target, String text) {
        return false;
    }

    /** Shows a spinner on {@code target}, removed when the result is closed; {@code null} when the toolkit has none. */
    default AutoCloseable spinner(Object target, String text) {
        return null;
    }

    /** The session the calling thread's run serves, or {@code null}. */
    default String sessionId() {
        return null;
    }

    /** Has {@code listener} called with the id of every session that ends; ignored when the toolkit cannot tell. */
    default void onSessionEnd(Consumer<String> listener) {
    }

    /** Adds OpenMetrics text to the toolkit's metrics page; ignored when it has none. */
    default void addMetrics(Supplier<String> source) {
    }
}
