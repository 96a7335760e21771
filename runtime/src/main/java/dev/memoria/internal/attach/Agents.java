package dev.memoria.internal.attach;

import java.lang.instrument.Instrumentation;
import java.util.Optional;

/** Whether the Memoria agent runs in this JVM, and its {@link Instrumentation} when it does. */
public final class Agents {

    // the JVM hands its one Instrumentation to premain/agentmain, before and apart from any engine: set once, by the agent
    private static volatile Instrumentation instrumentation;
    /** What grants the runtime's libraries their access to JDK internals; null once done, or without an agent. */
    private static Runnable accessGrant;

    private Agents() {
    }

    /**
     * Called by the agent once it has installed its transformer.
     *
     * @param grantAccess opens the JDK packages the runtime's libraries need: run by {@link #grantAccess()}, on first
     *                    need, because redefining {@code java.base} is the most expensive step of an agent's start
     */
    public static void installed(Instrumentation agentInstrumentation, Runnable grantAccess) {
        synchronized (Agents.class) {
            accessGrant = grantAccess;
        }
        instrumentation = agentInstrumentation;
    }

    /** Grants the access the agent gave at {@link #installed}, once; before the first use of Fory or Chronicle. */
    public static void grantAccess() {
        Runnable grant;
        synchronized (Agents.class) {
            grant = accessGrant;
            accessGrant = null;
        }
        if (grant != null) {
            grant.run();
        }
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
