package dev.memoria.agent;

import dev.memoria.agent.transform.CachingTransformer;
import dev.memoria.internal.Settings;
import dev.memoria.internal.attach.Agents;
import dev.memoria.internal.report.Reporter;

import java.lang.instrument.Instrumentation;

/** Installs the transformer; shared by {@code premain} and {@code agentmain}. */
final class AgentInstaller {

    private AgentInstaller() {
    }

    static synchronized void install(String options, Instrumentation instrumentation, boolean attachedLate) {
        if (Agents.isInstalled()) {
            return; // -javaagent and Memoria.install() together: the first one wins
        }
        try {
            AgentOptions.parse(options).applyAsSystemProperties();
        } catch (IllegalArgumentException e) {
            Reporter.once("options", e.getMessage() + " Memoria is not active.");
            return;
        }
        if (Settings.disabled()) {
            return;
        }
        try {
            ModuleAccess.openForRuntime(instrumentation);
            CachingTransformer transformer = new CachingTransformer(instrumentation);
            instrumentation.addTransformer(transformer, true);
            Agents.installed(instrumentation);
            if (attachedLate) {
                transformer.rewriteLoadedClasses();
            }
        } catch (RuntimeException | LinkageError e) {
            Reporter.once("install", "The Memoria agent could not start: " + e + ". Cached methods run uncached.");
        }
    }
}
