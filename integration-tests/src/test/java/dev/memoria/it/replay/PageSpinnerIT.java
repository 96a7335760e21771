package dev.memoria.it.replay;

import dev.memoria.CacheData;
import dev.memoria.it.support.Calls;
import dev.memoria.it.support.FreshCaches;
import dev.memoria.ui.St;
import dev.memoria.ui.UiRun;
import dev.memoria.ui.element.Element;
import dev.memoria.ui.element.Spinner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page while a miss computes: each slow body waits well past the spinner's half-second delay (a second more, so a
 * busy machine's timer is never too late) and looks at the page from inside, as a user looking at the browser would.
 */
@ExtendWith(FreshCaches.class)
@DisplayName("The cache spinner: a miss longer than 0.5 s shows one, for the outermost cached call, removed when done")
class PageSpinnerIT {

    static final Calls CALLS = new Calls();
    static final List<List<String>> SEEN = new CopyOnWriteArrayList<>();
    static final AtomicReference<UiRun> RUN = new AtomicReference<>();

    @CacheData
    static int slow(int i) {
        CALLS.record("slow", i);
        lookAtThePageAfter(1_500);
        return i;
    }

    @CacheData(spinnerText = "Loading the catalogue")
    static int slowWithText() {
        CALLS.record("slowWithText");
        lookAtThePageAfter(1_500);
        return 1;
    }

    @CacheData(showSpinner = false)
    static int slowWithoutSpinner() {
        CALLS.record("slowWithoutSpinner");
        lookAtThePageAfter(1_500);
        return 1;
    }

    @CacheData
    static int outer() {
        CALLS.record("outer");
        return slow(2) + 1;
    }

    @CacheData
    static int fast() {
        CALLS.record("fast");
        lookAtThePageAfter(100);
        return 1;
    }

    private static void lookAtThePageAfter(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        SEEN.add(spinners(RUN.get().elements()));
    }

    private static List<String> spinners(List<Element> elements) {
        return elements.stream().filter(Spinner.class::isInstance).map(e -> ((Spinner) e).text()).toList();
    }

    @Test
    @DisplayName("a slow miss shows \"Running `Class.method(...)`.\" while it computes, and nothing after")
    void slowMissShowsTheDefaultText() {
        UiRun run = openFresh(() -> slow(1));

        assertThat(SEEN).containsExactly(List.of("Running `PageSpinnerIT.slow(...)`."));
        assertThat(spinners(run.elements())).isEmpty();
        assertThat(run.texts()).containsExactly("before", "after");
    }

    @Test
    @DisplayName("spinnerText replaces the text")
    void customText() {
        openFresh(PageSpinnerIT::slowWithText);

        assertThat(SEEN).containsExactly(List.of("Loading the catalogue"));
    }

    @Test
    @DisplayName("showSpinner = false shows none")
    void disabled() {
        openFresh(PageSpinnerIT::slowWithoutSpinner);

        assertThat(SEEN).containsExactly(List.of());
    }

    @Test
    @DisplayName("only the outermost cached call shows one")
    void onlyTheOutermost() {
        openFresh(PageSpinnerIT::outer);

        assertThat(SEEN).containsExactly(List.of("Running `PageSpinnerIT.outer()`."));
    }

    @Test
    @DisplayName("a miss under 0.5 s shows none, and a hit shows none")
    void fastMissAndHitShowNone() {
        UiRun run = openFresh(PageSpinnerIT::fast);
        assertThat(SEEN).containsExactly(List.of());

        run.rerun();
        assertThat(CALLS.count("fast")).isEqualTo(1);
        assertThat(spinners(run.elements())).isEmpty();
    }

    /** Opens the app with {@link #RUN} set before its first run, so the first run's miss can look at its page. */
    private static UiRun openFresh(Runnable app) {
        SEEN.clear();
        UiRun run = UiRun.prepare(() -> {
            St.text("before");
            app.run();
            St.text("after");
        }, "spinner-" + System.nanoTime());
        RUN.set(run);
        return run.rerun();
    }
}
