package dev.memoria.internal.key;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;

import static dev.memoria.internal.key.Keys.keyOf;
import static org.assertj.core.api.Assertions.assertThat;

/** Scenario 23: enum constants are stable and distinct, and same-named constants of other enums differ. */
class EnumHashingTest {

    enum Color { RED, GREEN }

    enum Light { RED, GREEN }

    enum Operation {
        PLUS {
            @Override
            int apply(int a, int b) {
                return a + b;
            }
        };

        abstract int apply(int a, int b);
    }

    @Test
    void differentConstantsDiffer() {
        assertThat(keyOf(Color.RED)).isNotEqualTo(keyOf(Color.GREEN));
    }

    @Test
    void sameNamedConstantsOfDifferentEnumsDiffer() {
        assertThat(keyOf(Color.RED)).isNotEqualTo(keyOf(Light.RED));
    }

    @Test
    void aConstantIsNotItsName() {
        assertThat(keyOf(Color.RED)).isNotEqualTo(keyOf("RED"));
    }

    @Test
    void aConstantIsWrittenAsItsEnumAndNameSoItIsStableAcrossRuns() {
        assertThat(keyOf(Color.RED)).isEqualTo(ExpectedKey.key().parameter(0)
                .u8(0x1A).text(Color.class.getName()).text("RED").toKey());
    }

    @Test
    void aConstantWithABodyHashesByItsDeclaringEnumNotItsGeneratedClass() {
        assertThat(Operation.PLUS.getClass()).isNotEqualTo(Operation.class);
        assertThat(keyOf(Operation.PLUS)).isEqualTo(ExpectedKey.key().parameter(0)
                .u8(0x1A).text(Operation.class.getName()).text("PLUS").toKey());
    }

    @Test
    void jdkEnumsHashToo() {
        assertThat(keyOf(DayOfWeek.MONDAY)).isNotEqualTo(keyOf(DayOfWeek.TUESDAY));
    }
}
