package dev.memoria.internal.attach;

import java.nio.file.Path;

/**
 * What {@code Memoria.install()} tells the user about loading the agent into a running JVM: why the JDK warns about
 * it or refuses it, and the ways to start Memoria that need no attach.
 */
final class AttachAdvice {

    private AttachAdvice() {
    }

    /** Printed just before an attach the JDK will warn about, so that its warning does not come unexplained. */
    static String beforeJdkWarning(Path agentJar) {
        return "Memoria.install() is loading the Memoria agent into this running JVM. Since Java 21 the JDK warns"
               + " whenever an agent is loaded this way, because a future release will refuse it by default (JEP"
               + " 451): the WARNING lines that follow are about Memoria, and caching works. To start without them,"
               + " do one of these:\n"
               + waysWithoutAttach(agentJar.toAbsolutePath().toString())
               + "  - or keep install() and allow the attach with -XX:+EnableDynamicAgentLoading on the command line;"
               + " the JDK then says nothing.";
    }

    /** The message of the exception {@code Memoria.install()} throws when the JVM forbids the attach. */
    static String forbidden() {
        return "Memoria.install() cannot load the Memoria agent: this JVM was started with"
               + " -XX:-EnableDynamicAgentLoading, which forbids loading an agent into a running JVM. Without the"
               + " agent, cached methods run uncached. To cache them, do one of these:\n"
               + waysWithoutAttach("/path/to/memoria-agent.jar")
               + "  - or remove -XX:-EnableDynamicAgentLoading.";
    }

    private static String waysWithoutAttach(String agentJar) {
        return "  - start the JVM with -javaagent:" + agentJar + " (Memoria.install() then does nothing);\n"
               + "  - for an application started with java -jar, add the line \"Launcher-Agent-Class: "
               + AgentJar.AGENT_CLASS + "\" to the jar's manifest (see the README, \"Executable jars\");\n";
    }
}
