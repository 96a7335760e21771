package dev.memoria.agent.rules;

import java.util.Set;

/**
 * Packages of the JDK, whose classes the bootstrap and platform class loaders define. Those loaders cannot see
 * Memoria's runtime, so a rewritten JDK method could not reach its cache: rules must not name them.
 */
final class JdkPackages {

    /** First package names only the JDK may use ({@code java.*} cannot even be defined by another loader). */
    private static final Set<String> RESERVED = Set.of("java", "jdk", "sun");

    private JdkPackages() {
    }

    /**
     * Whether a package belongs to the JDK: a reserved name, or a package of a module of the JDK (such as
     * {@code javax.sql} or {@code com.sun.net.httpserver}) that this JVM runs with.
     *
     * @param packageName a dotted package name, possibly only its leading part
     * @param complete    whether {@code packageName} is the whole package, not just its leading part
     */
    static boolean contains(String packageName, boolean complete) {
        int dot = packageName.indexOf('.');
        if (RESERVED.contains(dot < 0 ? packageName : packageName.substring(0, dot))) {
            return true;
        }
        if (!complete) {
            return false;
        }
        // a loop, not a stream: this runs for every rule that names a whole package, in premain, interpreted
        ClassLoader platform = ClassLoader.getPlatformClassLoader();
        for (Module module : ModuleLayer.boot().modules()) {
            ClassLoader loader = module.getClassLoader();
            if ((loader == null || loader == platform) && module.getPackages().contains(packageName)) {
                return true;
            }
        }
        return false;
    }
}
