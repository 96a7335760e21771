package dev.memoria.agent.transform;

/**
 * Classes the agent never rewrites: the JDK (bootstrap and platform loaders) and Memoria's own classes, which would
 * otherwise rewrite the code that does the rewriting.
 */
final class Ignores {

    /** All within {@link #API_PACKAGE}. */
    private static final String[] OWN_PACKAGES = {"dev/memoria/internal/", "dev/memoria/agent/",
        "dev/memoria/shaded/", "dev/memoria/ui/"};
    private static final String API_PACKAGE = "dev/memoria/";
    private static final ClassLoader PLATFORM = ClassLoader.getPlatformClassLoader();

    private Ignores() {
    }

    static boolean ignored(ClassLoader loader, String internalName) {
        return loader == null || loader == PLATFORM || isMemoria(internalName);
    }

    /** Memoria's own classes: the runtime, the agent, the UI toolkit and the public API. */
    static boolean isMemoria(String internalName) {
        if (!internalName.startsWith(API_PACKAGE)) {
            return false; // every class the JVM loads is asked: one test turns away all that are not Memoria's
        }
        for (String own : OWN_PACKAGES) {
            if (internalName.startsWith(own)) {
                return true;
            }
        }
        // the public API classes sit directly in dev/memoria; user code may live in its subpackages
        return internalName.startsWith(API_PACKAGE) && internalName.indexOf('/', API_PACKAGE.length()) < 0;
    }
}
