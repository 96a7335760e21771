package dev.memoria.internal.report;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code showTime}: the progress text carries the elapsed time and is shown again, updated, while the miss runs. */
class ProgressTest {

    @Test
    void timedProgressIsRedrawnWithTheElapsedTimeUntilClosed() throws InterruptedException {
        List<String> shown = new CopyOnWriteArrayList<>();
        AtomicInteger open = new AtomicInteger();
        Progress progress = Progress.timed("Running `Reports.load(...)`.", 10, text -> {
            shown.add(text);
            open.incrementAndGet();
            return open::decrementAndGet;
        });
        long shownBy = System.nanoTime() + 10_000_000_000L;
        while (shown.size() < 3) {
            assertThat(System.nanoTime()).as("redrawn while running").isLessThan(shownBy);
            Thread.sleep(5);
        }

        progress.close();

        // a redraw under way when it closed removes itself; each redraw replaced the one before
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (open.get() != 0) {
            assertThat(System.nanoTime()).as("what was shown is removed").isLessThan(deadline);
            Thread.sleep(5);
        }
        assertThat(shown)
                .allMatch(text -> text.matches("Running `Reports\\.load\\(\\.\\.\\.\\)`\\. \\(\\d+\\.\\d s\\)"));
    }

    @Test
    void theElapsedTimeIsInTenthsOfASecond() {
        assertThat(Progress.withElapsed("Loading", System.nanoTime() - 2_340_000_000L))
                .matches("Loading \\(2\\.[34] s\\)");
    }
}
