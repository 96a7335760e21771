package dev.memoria.ui;

import java.util.ArrayDeque;

/**
 * The containers active on each thread, innermost on top: {@code St.*} calls go to the top one. A session's run
 * starts with its main container active; {@link Container#enter()} adds one, on any thread.
 */
final class Activations {

    private static final ThreadLocal<ArrayDeque<Container>> ACTIVE = new ThreadLocal<>();

    private Activations() {
    }

    static UntilClosed push(Container container) {
        ArrayDeque<Container> stack = ACTIVE.get();
        if (stack == null) {
            stack = new ArrayDeque<>();
            ACTIVE.set(stack);
        }
        stack.push(container);
        ArrayDeque<Container> pushedOn = stack;
        boolean[] closed = {false};
        return () -> {
            if (closed[0]) {
                return;
            }
            if (pushedOn.peek() != container) {
                throw new IllegalStateException("The scope of container " + container.id() + " was closed while "
                        + "the scope of container " + pushedOn.peek().id() + ", entered later, was still open. Close "
                        + "scopes in the reverse order of enter(), e.g. with try-with-resources.");
            }
            closed[0] = true;
            pushedOn.pop();
            if (pushedOn.isEmpty()) {
                ACTIVE.remove();
            }
        };
    }

    /** Forgets every container active on this thread, including any the app entered and never left. */
    static void reset() {
        ACTIVE.remove();
    }

    static boolean any() {
        ArrayDeque<Container> stack = ACTIVE.get();
        return stack != null && !stack.isEmpty();
    }

    static Container active() {
        if (!any()) {
            throw new IllegalStateException("No Memoria app run is active on thread '" + Thread.currentThread().getName()
                    + "'. St calls work inside an App that an AppServer runs (new AppServer(app).start()); on a"
                    + " thread of your own, wrap them in container.run(...) with a container of the current run.");
        }
        return ACTIVE.get().peek();
    }
}
