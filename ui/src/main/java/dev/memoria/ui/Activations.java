package dev.memoria.ui;

import dev.memoria.ui.internal.report.Messages;

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
                throw new IllegalStateException(Messages.scopesClosedOutOfOrder(container.id(), pushedOn.peek().id()));
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
            throw new IllegalStateException(Messages.noActiveRun(Thread.currentThread().getName()));
        }
        return ACTIVE.get().peek();
    }
}
