package dev.memoria.agent.transform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IgnoresTest {

    private static final ClassLoader APP = IgnoresTest.class.getClassLoader();

    @Test
    void jdkLoadersAreNeverTouched() {
        assertThat(Ignores.ignored(null, "java/lang/String")).isTrue();
        assertThat(Ignores.ignored(ClassLoader.getPlatformClassLoader(), "java/sql/Connection")).isTrue();
    }

    @Test
    void memoriasOwnClassesAreNeverTouched() {
        assertThat(Ignores.ignored(APP, "dev/memoria/Memoria")).isTrue();
        assertThat(Ignores.ignored(APP, "dev/memoria/internal/call/Site")).isTrue();
        assertThat(Ignores.ignored(APP, "dev/memoria/agent/MemoriaAgent")).isTrue();
        assertThat(Ignores.ignored(APP, "dev/memoria/shaded/bytebuddy/ByteBuddy")).isTrue();
        assertThat(Ignores.ignored(APP, "dev/memoria/ui/Container")).isTrue();
    }

    @Test
    void applicationClassesAreCandidates() {
        assertThat(Ignores.ignored(APP, "com/example/Reports")).isFalse();
        assertThat(Ignores.ignored(APP, "dev/memoria/it/Fixture")).isFalse();
        assertThat(Ignores.ignored(APP, "dev/memoriax/internal/Fixture")).isFalse();
        assertThat(Ignores.ignored(APP, "org/dev/memoria/internal/Fixture")).isFalse();
    }
}
