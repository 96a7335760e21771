package dev.memoria.it.replay;

import dev.memoria.CacheReplayClosureException;
import dev.memoria.it.replay.Drawings.Drawing;
import dev.memoria.it.support.FreshCaches;
import dev.memoria.it.support.StdErr;
import dev.memoria.ui.St;
import dev.memoria.ui.UiRun;
import dev.memoria.ui.UntilClosed;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(FreshCaches.class)
@DisplayName("Element replay: what a cached method draws on a miss is drawn again on every hit")
class ElementReplayIT {

    static Stream<Named<Drawing>> both() {
        return Drawings.both();
    }

    @DisplayName("§7 scenario 42: text(1), \"---\", text(1) shows 1, ---, 1 and runs the body once")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void aHitDrawsWhatTheMissDrew(Drawing drawing) {
        UiRun run = UiRun.open(() -> {
            drawing.text(1);
            St.text("---");
            drawing.text(1);
        });

        assertThat(run.texts()).containsExactly("1", "---", "1");
        assertThat(drawing.calls().count("text")).isEqualTo(1);
    }

    @DisplayName("the page is the same in the next run, when every call is a hit")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void theNextRunShowsTheSamePage(Drawing drawing) {
        UiRun run = UiRun.open(() -> {
            drawing.outer(1);
            drawing.insideNewContainer(2);
            drawing.toSidebar(3);
        });
        var firstRun = run.placedTexts();

        run.rerun();

        assertThat(run.placedTexts()).isEqualTo(firstRun)
                .containsExactly("main.0:1", "main.1:11", "main.2.0:2", "sidebar.0:3");
        assertThat(drawing.calls().total()).isEqualTo(4);
    }

    @DisplayName("§7 scenario 43: nested cached methods record into every level; inner hits replay inside outer")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void nestedCachedMethods(Drawing drawing) {
        UiRun run = UiRun.open(() -> {
            drawing.outer(1);
            drawing.outer(1);
            St.text("---");
            drawing.text(2);
            drawing.outer(2);
            St.text("---");
            drawing.outer(3);
            drawing.text(3);
        });

        assertThat(run.texts()).containsExactly("1", "11", "1", "11", "---", "2", "2", "12", "---", "3", "13", "3");
        assertThat(drawing.calls().count("text")).isEqualTo(3);
        assertThat(drawing.calls().count("outer")).isEqualTo(3);
    }

    @DisplayName("§7 scenario 44: calls inside an entered container replay into that container")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void replayIntoTheActiveContainer(Drawing drawing) {
        UiRun run = UiRun.open(() -> {
            try (UntilClosed inside = St.container().enter()) {
                drawing.text(1);
                St.text("---");
                drawing.text(1);
            }
        });

        assertThat(run.placedTexts()).containsExactly("main.0.0:1", "main.0.1:---", "main.0.2:1");
    }

    @DisplayName("§7 scenario 45: a method drawing in the sidebar replays into the sidebar, at its next index")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void replayIntoTheSidebar(Drawing drawing) {
        UiRun run = UiRun.open(() -> {
            drawing.toSidebar(1);
            St.text("---");
            drawing.toSidebar(1);
        });

        assertThat(run.placedTexts()).containsExactly("main.0:---", "sidebar.0:1", "sidebar.1:1");
    }

    @DisplayName("§7 scenario 46: a container entered inside the method is created again on a hit")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void containerEnteredInside(Drawing drawing) {
        UiRun run = UiRun.open(() -> {
            drawing.insideNewContainer(1);
            St.text("---");
            drawing.insideNewContainer(1);
        });

        assertThat(run.placedTexts()).containsExactly("main.0.0:1", "main.1:---", "main.2.0:1");
    }

    @DisplayName("§7 scenario 47: a container created inside and drawn on explicitly is created again on a hit")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void containerCreatedInside(Drawing drawing) {
        UiRun run = UiRun.open(() -> {
            drawing.onNewContainer(1);
            St.text("---");
            drawing.onNewContainer(1);
        });

        assertThat(run.placedTexts()).containsExactly("main.0.0:1", "main.1:---", "main.2.0:1");
    }

    @DisplayName("§7 scenario 48: a container created outside and drawn on inside fails on the hit, not the miss")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void containerCreatedOutside(Drawing drawing) {
        UiRun run;
        try (StdErr stderr = StdErr.capture()) {
            run = UiRun.open(() -> {
                Drawings.outside = St.container();
                drawing.onOutsideContainer(1);
                St.text("after the miss");
                drawing.onOutsideContainer(1);
                St.text("not reached");
            });
            assertThat(stderr.text()).as("what whoever runs the app sees")
                    .startsWith("Memoria UI: the app failed in session session-1; the page shows:\n"
                                + CacheReplayClosureException.class.getName() + ": While running ")
                    .contains("onOutsideContainer(int), a UI call was made on a container created outside the method");
        }

        assertThat(run.texts()).containsExactly("1", "after the miss");
        assertThat(run.exceptions()).singleElement().satisfies(shown -> {
            assertThat(shown.type()).isEqualTo(CacheReplayClosureException.class.getName());
            assertThat(shown.message())
                    .contains("a UI call was made on a container created outside the method:\n    show[Text[body=1]]"
                              + " on Container main.0 of session session-1")
                    .contains("* Move the creation of that container inside ")
                    .contains("onOutsideContainer(int)");
        });
    }

    @DisplayName("§7 scenario 53: side effects are not replayed: \"Cache executions: 1\" in every run")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void sideEffectsAreNotReplayed(Drawing drawing) {
        UiRun run = UiRun.open(drawing::countExecutions);
        run.rerun().rerun();

        assertThat(run.texts()).containsExactly("Cache executions: 1");
        assertThat(run.exceptions()).isEmpty();
        assertThat(drawing.calls().count("countExecutions")).isEqualTo(1);
    }

    @DisplayName("§7 scenario 55: outside a UI run, the cache works and nothing is drawn")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void bareMode(Drawing drawing) {
        UiRun run = UiRun.open(() -> drawing.text(7));

        assertThat(drawing.text(7)).isEqualTo(7);
        assertThat(drawing.text(7)).isEqualTo(7);

        assertThat(run.texts()).containsExactly("7");
        assertThat(drawing.calls().count("text")).isEqualTo(1);
    }
}
