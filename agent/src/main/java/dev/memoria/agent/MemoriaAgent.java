package dev.memoria.agent;

import dev.memoria.agent.report.Messages;
import dev.memoria.agent.rules.Rules;
import dev.memoria.agent.transform.CachingTransformer;
import dev.memoria.agent.ui.BindingTransformer;
import dev.memoria.internal.Settings;
import dev.memoria.internal.attach.Agents;
import dev.memoria.internal.report.Reporter;

import java.lang.instrument.Instrumentation;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The agent's entry points: {@code -javaagent:memoria-agent.jar[=options]} calls {@link #premain}; an attach (such as
 * {@code Memoria.install()}) and the {@code java} launcher, for an executable jar whose manifest names this class in
 * {@code Launcher-Agent-Class}, call {@link #agentmain}. Both do as little as possible here, following OpenTelemetry's
 * agent: no logging framework is touched, and any failure is reported without stopping the application.
 *
 * <p>Every JVM started with the agent pays for each class loaded here, about half a millisecond, whether or not its
 * classes hold anything to cache; so only what the transformers' first check needs is loaded. The instrumenter with
 * its fingerprint and woven-class caches, memoria-ui's description and the runtime's access to JDK internals are
 * built on first need, and what only a rules file or an attach needs lives in classes of its own
 * ({@link ConfiguredRules}, {@link LoadedClasses}).
 */
public final class MemoriaAgent {

    private MemoriaAgent() {
    }

    public static void premain(String options, Instrumentation instrumentation) {
        install(options, instrumentation, false);
    }

    public static void agentmain(String options, Instrumentation instrumentation) {
        install(options, instrumentation, !LauncherAgent.isStartingTheApplication());
    }

    /**
     * Installs the transformers. {@code attachedLate} says whether classes the agent should rewrite may already be
     * loaded: only after an attach, not under {@code -javaagent} or {@code Launcher-Agent-Class}.
     */
    private static synchronized void install(String options, Instrumentation instrumentation, boolean attachedLate) {
        if (Agents.isInstalled()) {
            return; // -javaagent and Memoria.install() together: the first one wins
        }
        if (options != null && !options.isBlank()) {
            try {
                AgentOptions.parse(options).applyAsSystemProperties();
            } catch (IllegalArgumentException e) {
                Reporter.jvm().once("options", Messages.optionsRejected(e.getMessage()));
                return;
            }
        }
        if (Settings.disabled()) {
            return;
        }
        try {
            Optional<Path> rulesFile = Settings.rulesFile();
            Rules rules = rulesFile.isEmpty() ? Rules.none() : ConfiguredRules.read(rulesFile.get());
            CachingTransformer transformer = new CachingTransformer(instrumentation, rules);
            // Only an attach has loaded classes to rewrite. Under -javaagent and Launcher-Agent-Class (whose jar need
            // not declare Can-Retransform-Classes) the transformers need not retransform, which spares the JVM a
            // second class file hook and a kept copy of the bytes for every class it loads.
            boolean retransform = attachedLate && instrumentation.isRetransformClassesSupported();
            instrumentation.addTransformer(transformer, retransform);
            BindingTransformer bindings = new BindingTransformer(instrumentation, rules.toolkits());
            instrumentation.addTransformer(bindings, retransform);
            Agents.installed(instrumentation);
            if (attachedLate) {
                LoadedClasses.retransform(instrumentation, transformer, bindings);
            }
        } catch (RuntimeException | LinkageError e) {
            Reporter.jvm().once("install", Messages.agentFailedToStart(String.valueOf(e)));
        }
    }
}
