package dev.memoria.agent;

import java.lang.instrument.Instrumentation;

/**
 * The agent's entry points: {@code -javaagent:memoria-agent.jar[=options]} calls {@link #premain}; an attach (such as
 * {@code Memoria.install()}) and the {@code java} launcher, for an executable jar whose manifest names this class in
 * {@code Launcher-Agent-Class}, call {@link #agentmain}. Both do as little as possible here, following OpenTelemetry's
 * agent: no logging framework is touched, and any failure is reported without stopping the application.
 */
public final class MemoriaAgent {

    private MemoriaAgent() {
    }

    public static void premain(String options, Instrumentation instrumentation) {
        AgentInstaller.install(options, instrumentation, false);
    }

    public static void agentmain(String options, Instrumentation instrumentation) {
        AgentInstaller.install(options, instrumentation, !LauncherAgent.isStartingTheApplication());
    }
}
