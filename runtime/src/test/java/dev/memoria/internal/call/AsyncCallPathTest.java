package dev.memoria.internal.call;

import dev.memoria.internal.policy.CacheSpec;
import dev.memoria.internal.site.SiteDescriptor;
import org.junit.jupiter.api.Test;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static dev.memoria.internal.policy.Attributes.SHOW_SPINNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Asynchronous methods on the call path without the agent: the body hands back a future the test completes, so what
 * waits for what is explicit and nothing sleeps.
 */
class AsyncCallPathTest {

    private static final String FUTURE_OF_LIST = "(Ljava/lang/String;)Ljava/util/concurrent/CompletableFuture;";

    private static final AtomicInteger RUNS = new AtomicInteger();
    /** The futures the bodies returned, in order; the test completes them. */
    private static final List<CompletableFuture<List<String>>> PENDING = new ArrayList<>();

    private final TestEngine engine = new TestEngine();

    static CompletableFuture<List<String>> letters(String word) {
        RUNS.incrementAndGet();
        CompletableFuture<List<String>> future = new CompletableFuture<>();
        synchronized (PENDING) {
            PENDING.add(future);
        }
        return future;
    }

    @Test
    void callersOfAKeyBeingComputedShareOneComputationThroughFuturesOfTheirOwn() {
        Site site = bind(data());
        reset();

        CompletableFuture<?> first = call(site, "ab");
        CompletableFuture<?> second = call(site, "ab");
        CompletableFuture<?> third = call(site, "ab");
        assertThat(RUNS.get()).isEqualTo(1);
        assertThat(List.of(first, second, third)).doesNotContain(PENDING.get(0)).doesNotHaveDuplicates()
                .allMatch(future -> !future.isDone());

        second.cancel(true);
        PENDING.get(0).complete(new ArrayList<>(List.of("a", "b")));

        assertThat(first.join()).isEqualTo(List.of("a", "b"));
        assertThat(third.join()).isEqualTo(List.of("a", "b")).isNotSameAs(first.join());
        assertThat(second).isCancelled();
        assertThat(engine.store("letters").entries()).isEqualTo(1);
    }

    @Test
    void aHitIsACompletedFutureOfACopy() {
        Site site = bind(data());
        reset();
        CompletableFuture<?> computed = call(site, "ab");
        PENDING.get(0).complete(new ArrayList<>(List.of("a", "b")));

        CompletableFuture<?> hit = call(site, "ab");

        assertThat(hit).isCompleted();
        assertThat(hit.join()).isEqualTo(List.of("a", "b")).isNotSameAs(computed.join());
        assertThat(RUNS.get()).isEqualTo(1);
    }

    @Test
    void aResourceHitIsACompletedFutureOfTheSharedValue() {
        Site site = bind(CacheSpec.builder(CacheSpec.Kind.RESOURCE, "test").set(SHOW_SPINNER, false).build());
        reset();
        CompletableFuture<?> computed = call(site, "ab");
        CompletableFuture<?> waiting = call(site, "ab");
        PENDING.get(0).complete(new ArrayList<>(List.of("a", "b")));

        CompletableFuture<?> hit = call(site, "ab");

        assertThat(hit).isCompleted().isNotSameAs(call(site, "ab"));
        assertThat(hit.join()).isSameAs(computed.join()).isSameAs(waiting.join());
        assertThat(RUNS.get()).isEqualTo(1);
    }

    @Test
    void aFailedFutureIsNotStoredAndEveryWaiterSeesItsException() {
        Site site = bind(data());
        reset();
        CompletableFuture<?> first = call(site, "ab");
        CompletableFuture<?> second = call(site, "ab");

        PENDING.get(0).completeExceptionally(new IllegalStateException("no ab"));

        for (CompletableFuture<?> future : List.of(first, second)) {
            assertThatThrownBy(future::join).isInstanceOf(CompletionException.class)
                    .hasCauseInstanceOf(IllegalStateException.class).hasRootCauseMessage("no ab");
        }
        call(site, "ab");
        assertThat(RUNS.get()).isEqualTo(2);
    }

    @Test
    void aCancelledFutureIsNotStored() {
        Site site = bind(data());
        reset();
        CompletableFuture<?> waiting = call(site, "ab");

        PENDING.get(0).cancel(true);

        assertThatThrownBy(waiting::join).isInstanceOf(CancellationException.class);
        call(site, "ab");
        assertThat(RUNS.get()).isEqualTo(2);
    }

    @Test
    void aBodyReturningNullCachesNothingAndFailsItsWaiters() {
        Site site = bind(data());
        reset();
        Object entered = site.enterOne(null, "ab");
        CompletableFuture<?> waiting = CompletableFuture.supplyAsync(() -> call(site, "ab")).join();

        assertThat(Site.exit(entered, null, null)).isNull();

        assertThatThrownBy(waiting::join).hasCauseInstanceOf(NullPointerException.class)
                .hasMessageContaining("returned null instead of a future");
        assertThat(engine.store("letters").entries()).isZero();
    }

    @Test
    void clearingLetsTheNextCallStartAfreshInsteadOfFollowingAFutureThatNeverCompletes() {
        Site site = bind(data());
        reset();
        CompletableFuture<?> stuck = call(site, "ab");

        engine.engine().caches().clearAll();
        CompletableFuture<?> fresh = call(site, "ab");
        PENDING.get(1).complete(List.of("a", "b"));

        assertThat(fresh.join()).isEqualTo(List.of("a", "b"));
        assertThat(stuck).isNotDone();
        assertThat(RUNS.get()).isEqualTo(2);
    }

    // ---- helpers

    private static void reset() {
        RUNS.set(0);
        synchronized (PENDING) {
            PENDING.clear();
        }
    }

    private static CompletableFuture<?> call(Site site, String argument) {
        Function<String, Object> body = AsyncCallPathTest::letters;
        Object call = site.enterOne(null, argument);
        Object returned = call instanceof Hit ? null : body.apply(argument);
        return (CompletableFuture<?>) Site.exit(call, returned, null);
    }

    private Site bind(CacheSpec spec) {
        try {
            return engine.engine().bind(MethodHandles.lookup(), new SiteDescriptor(AsyncCallPathTest.class.getName(),
                    "letters", FUTURE_OF_LIST, true, "0123456789abcdef0123456789abcdef", List.of("word"),
                    new boolean[1], false, spec));
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static CacheSpec data() {
        return CacheSpec.builder(CacheSpec.Kind.DATA, "test").set(SHOW_SPINNER, false).build();
    }
}
