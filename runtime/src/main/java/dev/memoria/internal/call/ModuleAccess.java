package dev.memoria.internal.call;

import dev.memoria.internal.attach.Agents;
import dev.memoria.internal.report.Messages;
import dev.memoria.internal.report.Reporter;
import dev.memoria.internal.store.chronicle.ChronicleEnvironment;

import java.lang.instrument.Instrumentation;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Grants the runtime's libraries the access to JDK internals they need, so users add no JVM flags. Each package is
 * opened or exported to the module of Memoria's runtime only (the application's class path, where the runtime lives),
 * never to everyone:
 * <ul>
 *   <li>open {@code java.lang.invoke}: Fory looks up a trusted method handle lookup there; without it, it falls back
 *       to {@code sun.misc.Unsafe}, which JDK 24 and later warn about on stderr;</li>
 *   <li>open {@code java.lang} and {@code java.lang.reflect}, export {@code sun.nio.ch} and
 *       {@code jdk.internal.ref}: Chronicle Map, for the disk and off-heap caches, defines classes and maps and
 *       unmaps files through them.</li>
 * </ul>
 * Done once, by the JVM's {@link Engine}, through which every use of either library goes; not in the agent's
 * {@code premain}: redefining {@code java.base} is the most expensive step of an agent's start, and a JVM that calls
 * no cached method never needs it.
 */
final class ModuleAccess {

    private ModuleAccess() {
    }

    /** Grants the access when the agent runs; without it, a disk or off-heap cache names the flags to add. */
    static void grant() {
        Optional<Instrumentation> agent = Agents.instrumentation();
        if (agent.isEmpty()) {
            return;
        }
        Set<Module> toRuntime = Set.of(ModuleAccess.class.getModule());
        try {
            agent.get().redefineModule(Object.class.getModule(), Set.of(),
                    Map.of("sun.nio.ch", toRuntime, "jdk.internal.ref", toRuntime),
                    Map.of("java.lang.invoke", toRuntime, "java.lang", toRuntime, "java.lang.reflect", toRuntime),
                    Set.of(), Map.of());
        } catch (RuntimeException e) {
            Reporter.jvm().once("module access",
                    Messages.moduleAccessRefused(String.valueOf(e), ChronicleEnvironment.JVM_FLAGS));
        }
    }
}
