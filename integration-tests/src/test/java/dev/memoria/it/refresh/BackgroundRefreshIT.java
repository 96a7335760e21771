package dev.memoria.it.refresh;

import dev.memoria.internal.call.Engine;
import dev.memoria.Memoria;
import dev.memoria.it.refresh.RefreshFixtures.Refreshing;
import dev.memoria.it.support.FreshCaches;
import dev.memoria.it.support.StdErr;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static dev.memoria.it.refresh.RefreshFixtures.CALLS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Appendix A, {@code refresh_mode="background"}: fresh for the ttl, then served stale while one background refresh
 * replaces it, then a plain miss. Time is a fake clock; the only waits are for the background refresh itself.
 */
@ExtendWith(FreshCaches.class)
@DisplayName("refresh = BACKGROUND: stale-while-revalidate")
class BackgroundRefreshIT {

    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final AtomicLong now = new AtomicLong();

    @BeforeEach
    void useFakeClock() {
        Engine.jvm().clock().useForTesting(now::get);
    }

    static Stream<Named<Refreshing>> both() {
        return RefreshFixtures.both();
    }

    @DisplayName("fresh within the ttl; stale but served at once after it, while one refresh replaces it; a miss"
                 + " after ttl + maxStale")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void staleWhileRevalidate(Refreshing method) {
        assertThat(method.value("k")).isEqualTo(1);
        at(SECOND.multipliedBy(59));
        assertThat(method.value("k")).as("fresh at 59 s").isEqualTo(1);
        assertThat(CALLS.count("value")).isEqualTo(1);

        at(SECOND.multipliedBy(61));
        assertThat(method.value("k")).as("stale at 61 s: served at once").isEqualTo(1);
        eventually(() -> method.value("k") == 2, "the refreshed value replaces the stale one");
        assertThat(CALLS.count("value")).isEqualTo(2);

        at(SECOND.multipliedBy(61).plus(MINUTE).plus(MINUTE).plus(SECOND));
        assertThat(method.value("k")).as("past ttl + maxStale of the refreshed entry: computed in the foreground")
                .isEqualTo(3);
        assertThat(CALLS.count("value")).isEqualTo(3);
    }

    @DisplayName("32 concurrent stale hits of one key start one refresh")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void oneRefreshPerKey(Refreshing method) throws Exception {
        assertThat(method.value("k")).isEqualTo(1);
        CountDownLatch refreshMayEnd = new CountDownLatch(1);
        CALLS.whenBodyRuns("value", run -> await(refreshMayEnd));
        at(SECOND.multipliedBy(61));

        ExecutorService threads = Executors.newFixedThreadPool(32);
        try {
            List<Future<Integer>> hits = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                hits.add(threads.submit(() -> method.value("k")));
            }
            for (Future<Integer> hit : hits) {
                assertThat(hit.get()).as("a stale hit is served while the refresh runs").isEqualTo(1);
            }
            eventually(() -> CALLS.count("value") == 2, "the refresh starts");
            refreshMayEnd.countDown();
            eventually(() -> method.value("k") == 2, "the refreshed value replaces the stale one");
            assertThat(CALLS.count("value")).isEqualTo(2);
        } finally {
            refreshMayEnd.countDown();
            threads.shutdownNow();
        }
    }

    @DisplayName("a refresh that throws keeps the stale value, and the next refresh waits for a 60 s cooldown")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void cooldownAfterAFailedRefresh(Refreshing method) {
        assertThat(method.longStale("k")).isEqualTo(1);
        CALLS.whenBodyRuns("longStale", run -> {
            if (run == 2) {
                throw new IllegalStateException("source down");
            }
        });

        try (StdErr stderr = StdErr.capture()) {
            long reportedBefore = failuresReported();

            at(SECOND.multipliedBy(61));
            assertThat(method.longStale("k")).isEqualTo(1);
            eventually(() -> failuresReported() > reportedBefore && stderr.text().contains("source down"),
                    "the failed refresh is reported (after its cooldown started)");
            assertThat(stderr.lines()).singleElement().asString()
                    .startsWith("[memoria] A background refresh of " + RefreshFixtures.class.getName() + "$")
                    .contains(" threw java.lang.IllegalStateException: source down. The stale value is served until"
                              + " its maxStale ends");

            at(SECOND.multipliedBy(61 + 59));
            assertThat(method.longStale("k")).as("still stale, within the cooldown").isEqualTo(1);
            assertThat(method.longStale("k")).isEqualTo(1);
            assertThat(CALLS.count("longStale")).as("no refresh during the cooldown").isEqualTo(2);

            at(SECOND.multipliedBy(61 + 61));
            assertThat(method.longStale("k")).as("after the cooldown: stale, and refreshed again").isEqualTo(1);
            eventually(() -> method.longStale("k") == 3, "the next refresh replaces the stale value");
        }
    }

    @DisplayName("a refresh of a cache cleared meanwhile is discarded: the clear is not undone")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void clearedWhileRefreshing(Refreshing method) {
        assertThat(method.value("k")).isEqualTo(1);
        CountDownLatch refreshMayEnd = new CountDownLatch(1);
        AtomicReference<Thread> refreshing = new AtomicReference<>();
        CALLS.whenBodyRuns("value", run -> {
            if (run == 2) {
                refreshing.set(Thread.currentThread());
                await(refreshMayEnd);
            }
        });
        at(SECOND.multipliedBy(61));
        assertThat(method.value("k")).isEqualTo(1);
        eventually(() -> refreshing.get() != null, "the refresh starts");

        Memoria.clearAll();
        refreshMayEnd.countDown();
        eventually(() -> Arrays.stream(refreshing.get().getStackTrace())
                .noneMatch(frame -> frame.getClassName().endsWith("BackgroundRefresh")), "the refresh ends");

        assertThat(method.value("k")).as("computed afresh: the refreshed value was not stored").isEqualTo(3);
        assertThat(method.value("k")).isEqualTo(3);
    }

    private static long failuresReported() {
        return Engine.jvm().reporter().reported().stream().filter(line -> line.contains("source down")).count();
    }

    private void at(Duration sinceStart) {
        now.set(sinceStart.toNanos());
    }

    /** Waits for the background refresh to reach a state; the refresh runs on its own thread. */
    private static void eventually(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(() -> what + "; bodies run: " + CALLS.count("value") + " value, "
                    + CALLS.count("longStale") + " longStale; refresh threads: " + refreshThreads())
                    .isLessThan(deadline);
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** What the refresh threads are doing, for a failure's message. */
    private static String refreshThreads() {
        StringBuilder dump = new StringBuilder();
        Thread.getAllStackTraces().forEach((thread, frames) -> {
            if (thread.getName().startsWith("memoria-refresh-")) {
                dump.append('\n').append(thread).append(' ').append(thread.getState());
                Arrays.stream(frames).forEach(frame -> dump.append("\n    at ").append(frame));
            }
        });
        return dump.length() == 0 ? "none" : dump.toString();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
