package dev.memoria.internal.store.chronicle;

import java.util.ArrayList;
import java.util.List;

/**
 * What Chronicle Map needs from the JVM, settled before any of its classes load. Its usage reporting is switched off
 * (and not shipped); its lock timeout is lowered so that a lock left behind by a crashed process costs seconds, not
 * a minute; and its access to JDK internals is checked: the agent grants it, and without the agent the error names
 * the JVM flags to add.
 */
public final class ChronicleEnvironment {

    /** The flags that grant what the agent grants with {@code Instrumentation.redefineModule}. */
    public static final String JVM_FLAGS = "--add-opens=java.base/java.lang=ALL-UNNAMED"
            + " --add-opens=java.base/java.lang.reflect=ALL-UNNAMED"
            + " --add-exports=java.base/sun.nio.ch=ALL-UNNAMED"
            + " --add-exports=java.base/jdk.internal.ref=ALL-UNNAMED";

    private static final String LOCK_TIMEOUT_SECONDS = "5";

    private ChronicleEnvironment() {
    }

    /**
     * Sets Chronicle's system properties; called by {@code IndexMap.builder}, which every use of Chronicle Map starts
     * with, before any Chronicle class initializes. Idempotent.
     */
    public static void prepare() {
        System.setProperty("chronicle.analytics.disable", "true");
        if (System.getProperty("net.openhft.chronicle.map.lockTimeoutSeconds") == null) {
            System.setProperty("net.openhft.chronicle.map.lockTimeoutSeconds", LOCK_TIMEOUT_SECONDS);
        }
    }

    /** The packages of {@code java.base} that must be open or exported to Memoria's runtime; empty when all are. */
    public static List<String> missingAccess() {
        Module base = Object.class.getModule();
        Module runtime = ChronicleEnvironment.class.getModule();
        List<String> missing = new ArrayList<>();
        for (String opened : List.of("java.lang", "java.lang.reflect")) {
            if (!base.isOpen(opened, runtime)) {
                missing.add("open " + opened);
            }
        }
        for (String exported : List.of("sun.nio.ch", "jdk.internal.ref")) {
            if (!base.isExported(exported, runtime)) {
                missing.add("export " + exported);
            }
        }
        return missing;
    }
}
