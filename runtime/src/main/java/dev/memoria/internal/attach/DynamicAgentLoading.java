package dev.memoria.internal.attach;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;

import java.lang.management.ManagementFactory;
import java.util.Optional;

/**
 * What this JVM does when an agent is loaded into it while it runs (JEP 451), read from its
 * {@code EnableDynamicAgentLoading} flag the way the JDK reads it. The flag is on by default, and Java 17 has it too;
 * Java 21 added the warning, which only {@code +EnableDynamicAgentLoading} given on the command line hides: set in
 * {@code JAVA_TOOL_OPTIONS} it does not count.
 */
enum DynamicAgentLoading {

    /** Loaded without a word: before Java 21, or with {@code -XX:+EnableDynamicAgentLoading}. */
    SILENT,
    /** Loaded, and the JDK prints its four {@code WARNING:} lines on stderr. */
    WARNED,
    /** Refused: {@code -XX:-EnableDynamicAgentLoading}. */
    FORBIDDEN;

    private static final String FLAG = "EnableDynamicAgentLoading";
    private static final int FIRST_RELEASE_THAT_WARNS = 21;

    static DynamicAgentLoading inThisJvm() {
        return of(Runtime.version().feature(), flag());
    }

    /**
     * @param flag the JVM's {@code EnableDynamicAgentLoading} flag; empty when the JVM cannot tell, which is taken as
     *             the JDK's default
     */
    static DynamicAgentLoading of(int javaFeature, Optional<VMOption> flag) {
        if (flag.isPresent() && !Boolean.parseBoolean(flag.get().getValue())) {
            return FORBIDDEN;
        }
        boolean enabledOnCommandLine = flag.isPresent() && flag.get().getOrigin() == VMOption.Origin.VM_CREATION;
        return javaFeature < FIRST_RELEASE_THAT_WARNS || enabledOnCommandLine ? SILENT : WARNED;
    }

    /** Empty on a JVM without HotSpot's flags, or a runtime image without the {@code jdk.management} module. */
    private static Optional<VMOption> flag() {
        try {
            return Optional.ofNullable(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class))
                    .map(diagnostics -> diagnostics.getVMOption(FLAG));
        } catch (IllegalArgumentException | LinkageError e) {
            return Optional.empty();
        }
    }
}
