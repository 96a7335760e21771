package dev.memoria.internal.attach;

import dev.memoria.internal.Settings;
import dev.memoria.internal.report.Messages;
import dev.memoria.internal.report.Reporter;

import java.nio.file.Path;

/**
 * {@code Memoria.install()}: loads the agent into the running JVM, unless it runs already or caching is turned off
 * (an agent that would install nothing is not worth the JDK's warning). It first asks how the JVM treats a
 * dynamically loaded agent: a refusal is reported before any helper JVM starts, and the JDK's warning is explained
 * before it appears.
 */
public final class SelfAttach {

    private SelfAttach() {
    }

    /** @see dev.memoria.Memoria#install() */
    public static synchronized void install() {
        if (Agents.isInstalled() || Settings.disabled()) {
            return;
        }
        DynamicAgentLoading loading = DynamicAgentLoading.inThisJvm();
        if (loading == DynamicAgentLoading.FORBIDDEN) {
            throw new IllegalStateException(Messages.attachForbidden(AgentJar.AGENT_CLASS));
        }
        Path jar = AgentJar.locate();
        if (loading == DynamicAgentLoading.WARNED) {
            Reporter.jvm().once("dynamic agent warning",
                    Messages.beforeJdkAttachWarning(jar.toAbsolutePath().toString(), AgentJar.AGENT_CLASS));
        }
        AttacherProcess.loadAgent(jar);
        if (!Agents.isInstalled()) {
            throw new IllegalStateException(Messages.agentBesideRuntime(jar.toString()));
        }
    }
}
