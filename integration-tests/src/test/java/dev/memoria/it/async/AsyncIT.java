package dev.memoria.it.async;

import dev.memoria.Memoria;
import dev.memoria.it.async.AsyncFixtures.Letters;
import dev.memoria.it.support.FreshCaches;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static dev.memoria.it.async.AsyncFixtures.CALLS;
import static dev.memoria.it.async.AsyncFixtures.PENDING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Appendix A, async functions: the completed value is cached; callers of a key being computed share it. */
@ExtendWith(FreshCaches.class)
@DisplayName("async: methods returning CompletableFuture or CompletionStage cache the completed value")
class AsyncIT {

    static Stream<Named<Letters>> both() {
        return AsyncFixtures.both();
    }

    @DisplayName("concurrent callers share one computation, each through a future of its own that no other can cancel")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void callersShareOneComputationThroughFuturesOfTheirOwn(Letters method) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<CompletableFuture<List<String>>>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(threads.submit(() -> method.letters("ab").toCompletableFuture()));
            }
            List<CompletableFuture<List<String>>> futures = new ArrayList<>();
            for (Future<CompletableFuture<List<String>>> call : calls) {
                futures.add(call.get()); // every caller got its future without waiting for the computation
            }
            assertThat(CALLS.count("letters")).isEqualTo(1);
            assertThat(futures).doesNotHaveDuplicates().doesNotContain(PENDING.get("ab"))
                    .allMatch(future -> !future.isDone());

            futures.get(0).cancel(true);
            futures.get(1).obtrudeValue(List.of("obtruded"));
            PENDING.get("ab").complete(AsyncFixtures.split("ab"));

            for (CompletableFuture<List<String>> future : futures.subList(2, futures.size())) {
                assertThat(future.join()).containsExactly("a", "b");
            }
            assertThat(CALLS.count("letters")).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
    }

    @DisplayName("a hit is an already completed future: of a copy (@CacheData), of the shared value (@CacheResource)")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void aHitIsACompletedFuture(Letters method) {
        CompletableFuture<List<String>> computed = method.letters("ab").toCompletableFuture();
        PENDING.get("ab").complete(AsyncFixtures.split("ab"));

        CompletableFuture<List<String>> hit = method.letters("ab").toCompletableFuture();

        assertThat(hit).isCompleted();
        assertThat(hit.join()).containsExactly("a", "b");
        if (method.shared()) {
            assertThat(hit.join()).isSameAs(computed.join());
        } else {
            assertThat(hit.join()).isNotSameAs(computed.join());
        }
        assertThat(CALLS.count("letters")).isEqualTo(1);
    }

    @DisplayName("a future that fails is not cached, and every caller waiting for it sees the exception")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void failureIsNotCached(Letters method) {
        CompletionStage<List<String>> first = method.letters("ab");
        CompletionStage<List<String>> second = method.letters("ab");

        PENDING.get("ab").completeExceptionally(new IllegalStateException("no ab today"));

        for (CompletionStage<List<String>> future : List.of(first, second)) {
            assertThatThrownBy(() -> future.toCompletableFuture().join()).isInstanceOf(CompletionException.class)
                    .hasRootCauseInstanceOf(IllegalStateException.class).hasRootCauseMessage("no ab today");
        }
        method.letters("ab");
        assertThat(CALLS.count("letters")).isEqualTo(2);
    }

    @DisplayName("a future that is cancelled is not cached, and every caller waiting for it sees the cancellation")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void cancellationIsNotCached(Letters method) {
        CompletionStage<List<String>> waiting = method.letters("ab");

        PENDING.get("ab").cancel(true);

        assertThatThrownBy(() -> waiting.toCompletableFuture().join()).isInstanceOf(CancellationException.class);
        method.letters("ab");
        assertThat(CALLS.count("letters")).isEqualTo(2);
    }

    @DisplayName("clear() drops the completed values: the next call computes again")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void clearDropsCompletedValues(Letters method) {
        method.letters("ab");
        PENDING.get("ab").complete(AsyncFixtures.split("ab"));

        Memoria.clearAll();
        CompletionStage<List<String>> again = method.letters("ab");
        PENDING.get("ab").complete(AsyncFixtures.split("ab"));

        assertThat(again.toCompletableFuture().join()).containsExactly("a", "b");
        assertThat(CALLS.count("letters")).isEqualTo(2);
    }
}
