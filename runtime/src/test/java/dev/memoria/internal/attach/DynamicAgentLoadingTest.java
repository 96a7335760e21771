package dev.memoria.internal.attach;

import com.sun.management.VMOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The JDK's rule, as measured on Java 17 and 25 (see InstallIT for the same cases in real JVMs). */
class DynamicAgentLoadingTest {

    @ParameterizedTest(name = "Java {0}, EnableDynamicAgentLoading={1} from {2}: {3}")
    @CsvSource({
        "17, true,  DEFAULT,      SILENT",
        "17, true,  VM_CREATION,  SILENT",
        "17, false, VM_CREATION,  FORBIDDEN",
        "21, true,  DEFAULT,      WARNED",
        "25, true,  DEFAULT,      WARNED",
        "25, true,  VM_CREATION,  SILENT",
        "25, true,  ENVIRON_VAR,  WARNED",
        "25, false, VM_CREATION,  FORBIDDEN",
        "25, false, ENVIRON_VAR,  FORBIDDEN"})
    void followsTheFlagAndWhereItWasSet(int javaFeature, boolean value, VMOption.Origin origin,
                                        DynamicAgentLoading expected) {
        VMOption flag = new VMOption("EnableDynamicAgentLoading", Boolean.toString(value), true, origin);

        assertThat(DynamicAgentLoading.of(javaFeature, Optional.of(flag))).isEqualTo(expected);
    }

    @Test
    void withoutTheFlagTheJdkDefaultIsAssumed() {
        assertThat(DynamicAgentLoading.of(17, Optional.empty())).isEqualTo(DynamicAgentLoading.SILENT);
        assertThat(DynamicAgentLoading.of(25, Optional.empty())).isEqualTo(DynamicAgentLoading.WARNED);
    }

    @Test
    void readsThisJvm() {
        DynamicAgentLoading expected = Runtime.version().feature() >= 21 ? DynamicAgentLoading.WARNED
                                                                         : DynamicAgentLoading.SILENT;

        assertThat(DynamicAgentLoading.inThisJvm()).as("surefire starts the test JVM without the flag")
                .isEqualTo(expected);
    }
}
