package dev.memoria.agent;

import dev.memoria.agent.report.Messages;
import dev.memoria.agent.rules.Rules;
import dev.memoria.agent.rules.RulesFileException;
import dev.memoria.agent.transform.CachingTransformer;
import dev.memoria.agent.transform.RulesListing;
import dev.memoria.agent.ui.BindingTransformer;
import dev.memoria.agent.ui.UiToolkit;
import dev.memoria.internal.Settings;
import dev.memoria.internal.attach.Agents;
import dev.memoria.internal.report.Reporter;
import dev.memoria.internal.store.chronicle.ChronicleEnvironment;

import java.io.File;
import java.io.PrintWriter;
import java.lang.instrument.Instrumentation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Installs the transformer; shared by {@code premain} and {@code agentmain}. {@code attachedLate} says whether
 * classes the agent should rewrite may already be loaded: only after an attach, not under {@code -javaagent} or
 * {@code Launcher-Agent-Class}.
 */
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
            Reporter.jvm().once("options", Messages.optionsRejected(e.getMessage()));
            return;
        }
        if (Settings.disabled()) {
            return;
        }
        try {
            ChronicleEnvironment.prepare();
            Rules rules = configuredRules();
            if (Settings.listMatches()) {
                listMatches(rules);
            }
            CachingTransformer transformer = new CachingTransformer(instrumentation, rules);
            // Only an attach has loaded classes to rewrite. Under -javaagent and Launcher-Agent-Class (whose jar need
            // not declare Can-Retransform-Classes) the transformers need not retransform, which spares the JVM a
            // second class file hook and a kept copy of the bytes for every class it loads.
            boolean retransform = attachedLate && instrumentation.isRetransformClassesSupported();
            instrumentation.addTransformer(transformer, retransform);
            List<UiToolkit> toolkits = new ArrayList<>(List.of(UiToolkit.MEMORIA_UI));
            toolkits.addAll(rules.toolkits());
            BindingTransformer bindings = new BindingTransformer(instrumentation, toolkits);
            instrumentation.addTransformer(bindings, retransform);
            Agents.installed(instrumentation, new ModuleAccess(instrumentation));
            if (attachedLate) {
                transformer.rewriteLoadedClasses();
                bindings.bindLoadedClasses();
            }
        } catch (RuntimeException | LinkageError e) {
            Reporter.jvm().once("install", Messages.agentFailedToStart(String.valueOf(e)));
        }
    }

    /**
     * The rules file's rules, if one is configured. A file that cannot be used is reported once, with every problem,
     * and the agent goes on with the annotations alone: a typo in the file must not stop the application.
     */
    private static Rules configuredRules() {
        Optional<Path> file = Settings.rulesFile();
        if (file.isEmpty()) {
            return Rules.none();
        }
        try {
            return Rules.load(file.get());
        } catch (RulesFileException e) {
            Reporter.jvm().once("rules", Messages.rulesFileIgnored(e.getMessage()));
            return Rules.none();
        }
    }

    /**
     * With the option {@code listMatches}: what each rule caches on the class path ({@code java.class.path}; the
     * {@code Class-Path} of a jar's manifest is not followed), and what it leaves out, before the application runs.
     */
    private static void listMatches(Rules rules) {
        Settings.rulesFile().filter(file -> !rules.cacheRules().isEmpty()).ifPresent(file -> {
            List<Path> classPath = Stream.of(System.getProperty("java.class.path", "").split(File.pathSeparator))
                    .filter(entry -> !entry.isEmpty()).map(Path::of).toList();
            try {
                // System.err is not closed: the writer only wraps it
                RulesListing.of(file.toString(), rules, classPath, true)
                        .print(new PrintWriter(System.err, true), "[memoria] ", true);
            } catch (RuntimeException e) {
                Reporter.jvm().once("listMatches", Messages.listMatchesFailed(file.toString(), String.valueOf(e)));
            }
        });
    }
}
