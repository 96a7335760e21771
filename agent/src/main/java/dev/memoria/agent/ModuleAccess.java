package dev.memoria.agent;

import dev.memoria.internal.copy.ValueCopier;

import java.lang.instrument.Instrumentation;
import java.util.Map;
import java.util.Set;

/**
 * Grants the module access the runtime's libraries need, so users add no JVM flags. Fory looks up a trusted method
 * handle lookup in {@code java.lang.invoke}; when that package is not open to it, it falls back to
 * {@code sun.misc.Unsafe}, which JDK 24 and later warn about on stderr. The agent opens the package to the module
 * of Memoria's runtime only (the application's class path, where the runtime lives).
 */
final class ModuleAccess {

    private ModuleAccess() {
    }

    static void openForRuntime(Instrumentation instrumentation) {
        Module base = Object.class.getModule();
        Module runtime = ValueCopier.class.getModule();
        if (!base.isOpen("java.lang.invoke", runtime)) {
            instrumentation.redefineModule(base, Set.of(), Map.of(),
                    Map.of("java.lang.invoke", Set.of(runtime)), Set.of(), Map.of());
        }
    }
}
