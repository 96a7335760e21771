package dev.memoria.internal.store.chronicle;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chronicle's system properties are set by the runtime where it first reaches Chronicle Map, not by the agent's
 * {@code premain}: a JVM that never opens a disk or off-heap cache never pays for them, and a JVM without the agent
 * (classes woven at build time) gets them too.
 */
class ChronicleEnvironmentTest {

    private static final String ANALYTICS = "chronicle.analytics.disable";
    private static final String LOCK_TIMEOUT = "net.openhft.chronicle.map.lockTimeoutSeconds";

    @Test
    @DisplayName("the builder every index starts from switches usage reporting off and lowers the lock timeout first")
    void theIndexBuilderSetsChroniclesProperties() {
        String analytics = System.clearProperty(ANALYTICS);
        String lockTimeout = System.clearProperty(LOCK_TIMEOUT);
        try {
            IndexMap.builder("environment-test", 1);

            assertThat(System.getProperty(ANALYTICS)).isEqualTo("true");
            assertThat(System.getProperty(LOCK_TIMEOUT)).isEqualTo("5");
        } finally {
            restore(ANALYTICS, analytics);
            restore(LOCK_TIMEOUT, lockTimeout);
        }
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }
}
