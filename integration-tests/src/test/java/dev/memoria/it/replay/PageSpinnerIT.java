package dev.memoria.it.replay;

import dev.memoria.CacheData;
import dev.memoria.it.support.Calls;
import dev.memoria.it.support.FreshCaches;
import dev.memoria.ui.St;
import dev.memoria.ui.UiRun;
import dev.memoria.ui.element.Element;
import dev.memoria.ui.element.Spinner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The page while a miss computes, looked at by the test while the call is still under way, as a user looking at the
 * browser would: the app runs on a thread of its own, and each slow body waits at a gate that the test opens only
 * after it has looked. Where the page must show no spinner, the test first waits for a witness: a slow miss with a
 * spinner, started later in a second session. Memoria's spinners are drawn by one timer thread in the order they are
 * due, so once the witness's spinner is on its page, any spinner the first page was going to show is there too.
 */
@ExtendWith(FreshCaches.class)
@DisplayName("The cache spinner: a miss longer than 0.5 s shows one, for the outermost cached call, removed when done")
class PageSpinnerIT {

    private static final long TIMEOUT_SECONDS = 60;

    static final Calls CALLS = new Calls();
    static final List<List<String>> SEEN = new CopyOnWriteArrayList<>();
    static final AtomicReference<UiRun> RUN = new AtomicReference<>();
    /** The gates slow bodies wait at, by body; each test starts with none. */
    static final Map<String, Gate> GATES = new ConcurrentHashMap<>();

    @CacheData
    static int slow(int i) {
        CALLS.record("slow", i);
        gate("slow").pass();
        return i;
    }

    @CacheData(spinnerText = "Loading the catalogue")
    static int slowWithText() {
        CALLS.record("slowWithText");
        gate("slowWithText").pass();
        return 1;
    }

    @CacheData(showSpinner = false)
    static int slowWithoutSpinner() {
        CALLS.record("slowWithoutSpinner");
        gate("slowWithoutSpinner").pass();
        return 1;
    }

    @CacheData
    static int outer() {
        CALLS.record("outer");
        return slow(2) + 1;
    }

    /** A miss that ends at once, having looked at its page. */
    @CacheData
    static int fast() {
        CALLS.record("fast");
        SEEN.add(spinners(RUN.get().elements()));
        return 1;
    }

    /** The second session's slow miss, which shows the default spinner; a new {@code n} is a new miss. */
    @CacheData
    static int witness(int n) {
        CALLS.record("witness", n);
        gate("witness").pass();
        return n;
    }

    @AfterEach
    void openEveryGate() {
        GATES.values().forEach(Gate::open);
        GATES.clear();
    }

    @Test
    @DisplayName("a slow miss shows \"Running `Class.method(...)`.\" while it computes, and nothing after")
    void slowMissShowsTheDefaultText() {
        Background app = Background.run(prepare(() -> slow(1)));

        List<String> shown = awaitSpinner(app.run());
        assertThat(app.run().texts()).as("the page while slow(1) computes").containsExactly("before");

        gate("slow").open();
        UiRun run = app.awaitEnd();
        assertThat(shown).containsExactly("Running `PageSpinnerIT.slow(...)`.");
        assertThat(spinners(run.elements())).isEmpty();
        assertThat(run.texts()).containsExactly("before", "after");
    }

    @Test
    @DisplayName("spinnerText replaces the text")
    void customText() {
        Background app = Background.run(prepare(PageSpinnerIT::slowWithText));

        List<String> shown = awaitSpinner(app.run());
        gate("slowWithText").open();
        app.awaitEnd();

        assertThat(shown).containsExactly("Loading the catalogue");
    }

    @Test
    @DisplayName("showSpinner = false shows none, even once a spinner due later has been drawn")
    void disabled() {
        Background app = Background.run(prepare(PageSpinnerIT::slowWithoutSpinner));
        gate("slowWithoutSpinner").awaitEntered();

        awaitWitness(1);
        List<String> shown = spinners(app.run().elements());
        gate("slowWithoutSpinner").open();
        app.awaitEnd();

        assertThat(shown).as("the page while slowWithoutSpinner() computes").isEmpty();
    }

    @Test
    @DisplayName("only the outermost cached call shows one, even once a spinner due after the inner one's has been"
                 + " drawn")
    void onlyTheOutermost() {
        Background app = Background.run(prepare(PageSpinnerIT::outer));
        gate("slow").awaitEntered();

        awaitSpinner(app.run());
        awaitWitness(1);
        List<String> shown = spinners(app.run().elements());
        gate("slow").open();
        app.awaitEnd();

        assertThat(shown).containsExactly("Running `PageSpinnerIT.outer()`.");
    }

    @Test
    @DisplayName("a miss under 0.5 s shows none, and a hit shows none, looked at while the run goes on after the call")
    void fastMissAndHitShowNone() {
        Background miss = Background.run(prepare(() -> {
            fast();
            gate("after fast").pass();
        }));
        gate("after fast").awaitEntered();
        awaitWitness(1);
        List<String> afterTheMiss = spinners(miss.run().elements());
        gate("after fast").open();
        UiRun run = miss.awaitEnd();

        GATES.remove("after fast");
        Background hit = Background.rerun(run);
        gate("after fast").awaitEntered();
        awaitWitness(2);
        List<String> afterTheHit = spinners(hit.run().elements());
        gate("after fast").open();
        hit.awaitEnd();

        assertThat(SEEN).as("the page inside the miss").containsExactly(List.of());
        assertThat(afterTheMiss).as("the page after the miss returned, the run going on").isEmpty();
        assertThat(CALLS.count("fast")).isEqualTo(1);
        assertThat(afterTheHit).as("the page after the hit returned, the run going on").isEmpty();
    }

    /**
     * Runs {@code witness(n)} in a session of its own until its spinner is on its page, then lets it finish: every
     * spinner due before it has been drawn by then.
     */
    private static void awaitWitness(int n) {
        GATES.remove("witness");
        Background witness = Background.run(UiRun.prepare(() -> witness(n), "witness-" + System.nanoTime()));
        assertThat(awaitSpinner(witness.run())).containsExactly("Running `PageSpinnerIT.witness(...)`.");
        gate("witness").open();
        witness.awaitEnd();
    }

    /** Waits until {@code run}'s page shows a spinner, and returns the spinners' texts. */
    private static List<String> awaitSpinner(UiRun run) {
        awaitUntil(() -> !spinners(run.elements()).isEmpty(), "a spinner on the page");
        return spinners(run.elements());
    }

    private static List<String> spinners(List<Element> elements) {
        return elements.stream().filter(Spinner.class::isInstance).map(e -> ((Spinner) e).text()).toList();
    }

    /** The app, with {@link #RUN} set before its first run, so the first run's miss can look at its page. */
    private static UiRun prepare(Runnable app) {
        SEEN.clear();
        UiRun run = UiRun.prepare(() -> {
            St.text("before");
            app.run();
            St.text("after");
        }, "spinner-" + System.nanoTime());
        RUN.set(run);
        return run;
    }

    private static Gate gate(String body) {
        return GATES.computeIfAbsent(body, name -> new Gate(name));
    }

    private static void awaitUntil(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("no %s within %d s", what, TIMEOUT_SECONDS);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2)); // the pause between two looks
        }
    }

    /** Where a slow body waits: it says it has started, then waits until the test opens the gate. */
    static final class Gate {

        private final String body;
        private final CountDownLatch entered = new CountDownLatch(1);
        private final CountDownLatch opened = new CountDownLatch(1);

        Gate(String body) {
            this.body = body;
        }

        void pass() {
            entered.countDown();
            await(opened, "the test to open the gate of " + body);
        }

        void awaitEntered() {
            await(entered, body + " to start");
        }

        void open() {
            opened.countDown();
        }

        private static void await(CountDownLatch latch, String what) {
            try {
                if (!latch.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    fail("waited %d s for %s", TIMEOUT_SECONDS, what);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A UI run on a thread of its own, so that the test can look at its page while it goes on. */
    record Background(UiRun run, FutureTask<UiRun> task) {

        /** Starts the first run of a prepared app. */
        static Background run(UiRun run) {
            return rerun(run);
        }

        /** Starts a run of {@code run}'s app, as after a widget change. */
        static Background rerun(UiRun run) {
            FutureTask<UiRun> task = new FutureTask<>(run::rerun);
            Thread thread = new Thread(task, "ui-run");
            thread.setDaemon(true);
            thread.start();
            return new Background(run, task);
        }

        /** Waits for the run to end; its failure fails the test. */
        UiRun awaitEnd() {
            try {
                return task.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                throw new AssertionError("the run failed", e.getCause());
            } catch (InterruptedException | TimeoutException e) {
                throw new AssertionError("the run did not end", e);
            }
        }
    }
}
