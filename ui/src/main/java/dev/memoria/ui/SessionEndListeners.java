package dev.memoria.ui;

import dev.memoria.ui.internal.report.Messages;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The JVM-wide listeners of {@link St#onSessionEnd}; one failing listener does not keep the others from hearing. */
final class SessionEndListeners {

    private static final List<Consumer<String>> LISTENERS = new CopyOnWriteArrayList<>();

    private SessionEndListeners() {
    }

    static UntilClosed add(Consumer<String> listener) {
        LISTENERS.add(listener);
        return () -> LISTENERS.remove(listener);
    }

    static void sessionEnded(String sessionId) {
        for (Consumer<String> listener : LISTENERS) {
            try {
                listener.accept(sessionId);
            } catch (RuntimeException | Error e) {
                System.err.println(Messages.sessionEndListenerFailed(sessionId));
                e.printStackTrace();
            }
        }
    }
}
