package dev.memoria.it.caching;

import dev.memoria.it.caching.CoreFixtures.Core;
import dev.memoria.it.caching.CoreFixtures.LastThrown;
import dev.memoria.it.support.FreshCaches;
import dev.memoria.it.support.StdErr;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

@ExtendWith(FreshCaches.class)
@DisplayName("Hits and misses: a repeat call with the same arguments returns the stored result without running the body")
class HitAndMissIT {

    static Stream<Named<Core>> both() {
        return CoreFixtures.both();
    }

    @DisplayName("§7 scenario 1: a method without arguments runs its body once and returns 42 on both calls")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void methodWithoutArgumentsRunsOnce(Core core) {
        assertThat(core.answer()).isEqualTo(42);
        assertThat(core.answer()).isEqualTo(42);

        assertThat(core.calls().count("answer")).isEqualTo(1);
    }

    @DisplayName("§7 scenario 2: distinct floating-point arguments are distinct keys, and each returns its own value")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void distinctDoublesAreDistinctKeys(Core core) {
        assertThat(core.identity(1.0)).isEqualTo(1.0);
        assertThat(core.identity(3.0)).isEqualTo(3.0);
        assertThat(core.identity(1.0)).isEqualTo(1.0);

        assertThat(core.calls().arguments("identity")).containsExactly(java.util.List.of(1.0),
                java.util.List.of(3.0));
    }

    @DisplayName("§7 scenario 3: f(0) runs, f(0) again does not, f(1) does; nothing is printed on stderr")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void repeatedArgumentHitsNewArgumentMisses(Core core) {
        try (StdErr stderr = StdErr.capture()) {
            core.spy(0);
            assertThat(core.calls().count("spy")).isEqualTo(1);
            core.spy(0);
            assertThat(core.calls().count("spy")).isEqualTo(1);
            core.spy(1);
            assertThat(core.calls().count("spy")).isEqualTo(2);

            assertThat(stderr.text()).isEmpty();
        }
    }

    @DisplayName("§7 scenario 4: the key is taken from the argument as it is at call time, so a body that mutates its"
                 + " argument makes the next call a miss (1, then 2)")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void keyReflectsArgumentAtCallTime(Core core) {
        Map<String, Integer> d = new HashMap<>(Map.of("answer", 0));

        assertThat(core.incrementAnswer(d)).isEqualTo(1);
        assertThat(core.incrementAnswer(d)).isEqualTo(2);
        assertThat(core.calls().count("incrementAnswer")).isEqualTo(2);

        // a new map equal to the argument of the second call hits that call's entry
        assertThat(core.incrementAnswer(new HashMap<>(Map.of("answer", 1)))).isEqualTo(2);
        assertThat(core.calls().count("incrementAnswer")).isEqualTo(2);
    }

    @DisplayName("A null result is cached like any other value")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void nullResultIsCached(Core core) {
        assertThat(core.nothingFor(7)).isNull();
        assertThat(core.nothingFor(7)).isNull();

        assertThat(core.calls().count("nothingFor")).isEqualTo(1);
    }

    @Nested
    @DisplayName("Exceptions thrown by a cached method reach the caller unchanged and are never cached")
    class Exceptions {

        @DisplayName("An unchecked exception is the very object the body threw, and the next call runs the body"
                     + " again")
        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.memoria.it.caching.HitAndMissIT#both")
        void uncheckedExceptionPassesThroughAndIsNotCached(Core core) {
            IllegalStateException failure = new IllegalStateException("backend unavailable");
            core.calls().whenBodyRuns("risky", run -> {
                throw failure;
            });

            assertThat(catchThrowable(() -> core.risky(3))).isSameAs(failure);
            assertThat(catchThrowable(() -> core.risky(3))).isSameAs(failure);
            assertThat(core.calls().count("risky")).isEqualTo(2);

            core.calls().whenBodyRuns("risky", run -> { });
            assertThat(core.risky(3)).isEqualTo(30);
            assertThat(core.risky(3)).isEqualTo(30);
            assertThat(core.calls().count("risky")).isEqualTo(3);
        }

        @DisplayName("A checked exception is the very object the body threw, and is not cached")
        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.memoria.it.caching.HitAndMissIT#both")
        void checkedExceptionPassesThroughAndIsNotCached(Core core) throws IOException {
            Throwable first = catchThrowable(() -> core.load(""));
            assertThat(first).isInstanceOf(IOException.class).isSameAs(LastThrown.get());

            Throwable second = catchThrowable(() -> core.load(""));
            assertThat(second).isInstanceOf(IOException.class).isSameAs(LastThrown.get()).isNotSameAs(first);
            assertThat(core.calls().count("load")).isEqualTo(2);

            assertThat(core.load("abc")).isEqualTo(3);
            assertThat(core.load("abc")).isEqualTo(3);
            assertThat(core.calls().count("load")).isEqualTo(3);
        }
    }
}
