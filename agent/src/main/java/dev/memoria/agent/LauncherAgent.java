package dev.memoria.agent;

/**
 * Tells apart the two callers of {@code agentmain}. The {@code java} launcher calls it for an executable jar whose
 * manifest names the agent in {@code Launcher-Agent-Class}, before it loads the application's main class: as under
 * {@code -javaagent}, no class the agent should rewrite is loaded yet. An attach ({@code Memoria.install()},
 * {@code jcmd JVMTI.agent_load}) calls it on the JVM's attach thread, in an application whose loaded classes must be
 * rewritten. Were a later JDK to start launcher agents from elsewhere, the agent would merely look for loaded classes
 * to rewrite and find none.
 */
final class LauncherAgent {

    /** The JDK class that starts a {@code Launcher-Agent-Class} (checked on Java 17 and 25). */
    private static final String LAUNCHER = "sun.launcher.LauncherHelper";

    private LauncherAgent() {
    }

    /** Whether the current {@code agentmain} call comes from the launcher starting an executable jar. */
    static boolean isStartingTheApplication() {
        return StackWalker.getInstance()
                .walk(frames -> frames.anyMatch(frame -> LAUNCHER.equals(frame.getClassName())));
    }
}
