package dev.memoria.agent;

import dev.memoria.internal.copy.ValueCopier;

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
final class ModuleAccess {

    private ModuleAccess() {
    }

    static void openForRuntime(Instrumentation instrumentation) {
        Module runtime = ValueCopier.class.getModule();
        Set<Module> toRuntime = Set.of(runtime);
        instrumentation.redefineModule(Object.class.getModule(), Set.of(),
                Map.of("sun.nio.ch", toRuntime, "jdk.internal.ref", toRuntime),
                Map.of("java.lang.invoke", toRuntime, "java.lang", toRuntime, "java.lang.reflect", toRuntime),
                Set.of(), Map.of());
    }
}
