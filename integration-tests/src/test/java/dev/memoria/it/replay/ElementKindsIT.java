package dev.memoria.it.replay;

import dev.memoria.it.replay.ElementKinds.ElementDrawing;
import dev.memoria.it.support.FreshCaches;
import dev.memoria.ui.St;
import dev.memoria.ui.UiRun;
import dev.memoria.ui.element.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(FreshCaches.class)
@DisplayName("Element replay for every kind of element")
class ElementKindsIT {

    static Stream<Named<ElementDrawing>> both() {
        return ElementKinds.both();
    }

    static Stream<Arguments> bothWithEveryElementKind() {
        return both().flatMap(drawing -> ElementKinds.KINDS.stream().map(kind -> Arguments.of(drawing, kind)));
    }

    @DisplayName("§7 scenario 50: the first call draws, the second and third replay the same element")
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("bothWithEveryElementKind")
    void everyElementKindReplays(ElementDrawing drawing, String kind) {
        UiRun run = UiRun.open(() -> {
            drawing.draw(kind);
            drawing.draw(kind);
            drawing.draw(kind);
        });

        List<Element> elements = run.elements();
        assertThat(elements).hasSize(3);
        assertThat(elements.get(1)).isEqualTo(elements.get(0));
        assertThat(elements.get(2)).isEqualTo(elements.get(0));
        assertThat(drawing.calls().count("draw")).isEqualTo(1);
        assertThat(run.exceptions()).allSatisfy(shown -> assertThat(shown.message()).isEqualTo("shown, not thrown"));
    }

    @DisplayName("§7 scenario 49: one chart, and a list of three, drawn the same in every run")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void picturesAreTheSameAcrossRuns(ElementDrawing drawing) {
        UiRun run = UiRun.open(() -> {
            drawing.charts(1);
            drawing.charts(3);
        });
        List<Element> first = run.elements();

        run.rerun();

        assertThat(first).hasSize(4);
        assertThat(run.elements()).isEqualTo(first);
        assertThat(run.exceptions()).isEmpty();
        assertThat(drawing.calls().count("charts")).isEqualTo(2);
    }

    @DisplayName("§7 scenario 54 (#6103): the app and a cached method both write the same data")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void appAndCachedMethodWriteTheSameData(ElementDrawing drawing) {
        List<List<Integer>> rows = List.of(List.of(1, 2), List.of(3, 4));
        UiRun run = UiRun.open(() -> {
            St.write(rows);
            drawing.writeRows(rows);
        });
        run.rerun();

        assertThat(run.elements()).hasSize(2).allSatisfy(e -> assertThat(e).isEqualTo(run.elements().get(0)));
        assertThat(run.exceptions()).isEmpty();
        assertThat(drawing.calls().count("writeRows")).isEqualTo(1);
    }
}
