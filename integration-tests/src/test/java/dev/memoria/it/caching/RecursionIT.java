package dev.memoria.it.caching;

import dev.memoria.Memoria;
import dev.memoria.RecursiveCacheCallException;
import dev.memoria.it.caching.RecursionFixtures.Cycle;
import dev.memoria.it.support.Crowd;
import dev.memoria.it.support.FreshCaches;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

@ExtendWith(FreshCaches.class)
@DisplayName("Recursion: cached methods calling themselves or each other")
class RecursionIT {

    @Test
    @DisplayName("fib(90) memoized through its own cache returns 2880067194370816120 after 91 body runs")
    void fibonacciMemoizedThroughSelfRecursion() {
        assertThat(RecursionFixtures.fib(90)).isEqualTo(2_880_067_194_370_816_120L);

        assertThat(RecursionFixtures.CALLS.count("fib")).isEqualTo(91);
        assertThat(RecursionFixtures.CALLS.arguments("fib")).extracting(arguments -> arguments.get(0))
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(0, 90).boxed().toList());
    }

    @Test
    @DisplayName("A call that re-enters the key it is computing fails with RecursiveCacheCallException naming the"
                 + " method, and nothing is cached")
    void recursionOnTheSameKeyFails() {
        Throwable thrown = catchThrowable(() -> RecursionFixtures.forever(1));

        assertThat(thrown).isInstanceOf(RecursiveCacheCallException.class)
                .hasMessageStartingWith("dev.memoria.it.caching.RecursionFixtures.forever(int) called itself with"
                                        + " the same cache key while computing it.");
        assertThat(RecursionFixtures.CALLS.count("forever")).isEqualTo(1);

        assertThat(catchThrowable(() -> RecursionFixtures.forever(1))).isInstanceOf(RecursiveCacheCallException.class);
        assertThat(RecursionFixtures.CALLS.count("forever")).isEqualTo(2);
        assertThat(Memoria.function(RecursionFixtures.class, "forever").stats().entries()).isZero();
    }

    @Test
    @DisplayName("Recursion whose arguments differ only in an @Unhashed parameter is recursion on the same key")
    void recursionThroughAnUnhashedParameterFails() {
        Throwable thrown = catchThrowable(() -> RecursionFixtures.countdown(3));

        assertThat(thrown).isInstanceOf(RecursiveCacheCallException.class)
                .hasMessageContaining("RecursionFixtures.countdown(int) called itself with the same cache key");
        assertThat(RecursionFixtures.CALLS.arguments("countdown")).containsExactly(List.of(3));
    }

    @Test
    @DisplayName("Two threads whose cached calls wait on each other in a cycle both finish, with the right values")
    void threadsWaitingOnEachOtherInACycleDoNotDeadlock() {
        Cycle.arm();

        List<Crowd.Outcome<Integer>> outcomes = Crowd.<Integer>of(2,
                thread -> thread == 0 ? Cycle.first(true) : Cycle.second(true)).run();

        assertThat(outcomes).containsExactly(new Crowd.Outcome<>(1, null), new Crowd.Outcome<>(2, null));
        assertThat(Cycle.CALLS.arguments("first saw second")).containsExactly(List.of(2));
        assertThat(Cycle.CALLS.arguments("second saw first")).containsExactly(List.of(1));

        int bodyRuns = Cycle.CALLS.total();
        assertThat(Cycle.first(true)).isEqualTo(1);
        assertThat(Cycle.second(true)).isEqualTo(2);
        assertThat(Cycle.CALLS.total()).as("both results were cached").isEqualTo(bodyRuns);
    }
}
