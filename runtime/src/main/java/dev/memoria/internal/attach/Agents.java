package dev.memoria.internal.attach;

import java.lang.instrument.Instrumentation;
import java.util.Optional;

/** Whether the Memoria agent runs in this JVM, and its {@link Instrumentation} when it does. */
public final class Agents {

    // the JVM hands its one Instrumentation to premain/agentmain, before and apart from any engine: set once, by the agent
    private static volatile Instrumentation instrumentation;

    private Agents() {
    }

    /** Called by the agent once it has installed its transformers. */
    public static void installed(Instrumentation agentInstrumentation) {
        instrumentation = agentInstrumentation;
    }

    /** Whether the agent is installed (by {@code -javaagent} or by {@code Memoria.install()}). */
    public static boolean isInstalled() {
        return instrumentation != null;
    }

    /** The agent's instrumentation, when it runs. */
    public static Optional<Instrumentation> instrumentation() {
        return Optional.ofNullable(instrumentation);
    }
}
