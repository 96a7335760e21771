package dev.memoria.agent;

import dev.memoria.agent.report.Messages;
import dev.memoria.internal.attach.Agents;
import dev.memoria.internal.report.Reporter;
import dev.memoria.internal.store.chronicle.ChronicleEnvironment;

import java.lang.instrument.Instrumentation;
import java.util.Map;
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
 */
final class ModuleAccess implements Runnable {

    private final Instrumentation instrumentation;

    /** Not done in {@code premain}: the runtime runs it before its first use of either library. */
    ModuleAccess(Instrumentation instrumentation) {
        this.instrumentation = instrumentation;
    }

    @Override
    public void run() {
        Module runtime = Agents.class.getModule();
        Set<Module> toRuntime = Set.of(runtime);
        try {
            instrumentation.redefineModule(Object.class.getModule(), Set.of(),
                    Map.of("sun.nio.ch", toRuntime, "jdk.internal.ref", toRuntime),
                    Map.of("java.lang.invoke", toRuntime, "java.lang", toRuntime, "java.lang.reflect", toRuntime),
                    Set.of(), Map.of());
        } catch (RuntimeException e) {
            Reporter.jvm().once("module access",
                    Messages.moduleAccessRefused(String.valueOf(e), ChronicleEnvironment.JVM_FLAGS));
        }
    }
}
