package dev.memoria.it.replay;

import dev.memoria.it.replay.WidgetDrawings.WidgetDrawing;
import dev.memoria.it.support.FreshCaches;
import dev.memoria.ui.St;
import dev.memoria.ui.UiRun;
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
@DisplayName("Widgets in cached methods: keyed by their values with allowWidgets, else shown after a warning")
class WidgetReplayIT {

    static Stream<Named<WidgetDrawing>> both() {
        return WidgetDrawings.both();
    }

    static Stream<Arguments> bothWithEveryWidgetKind() {
        return both().flatMap(drawing -> WidgetDrawings.KINDS.stream().map(kind -> Arguments.of(drawing, kind)));
    }

    @DisplayName("§7 scenario 51: a widget in a method without allowWidgets shows a warning, then the widget")
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("bothWithEveryWidgetKind")
    void widgetWithoutAllowWidgetsWarns(WidgetDrawing drawing, String kind) {
        UiRun run = UiRun.open(() -> drawing.widget(kind));

        assertThat(run.kinds()).containsExactly("warning", "widget:" + kind);
        assertThat(run.warnings()).singleElement().asString()
                .contains("reads a widget inside the cached method ")
                .contains(".widget(String)")
                .contains("To fix this, move the widget call out of the cached method and pass its value as an"
                          + " argument, or declare the method with allowWidgets = true");

        run.rerun();

        assertThat(run.kinds()).as("the hit replays both").containsExactly("warning", "widget:" + kind);
        assertThat(drawing.calls().count("widget")).isEqualTo(1);
    }

    @DisplayName("§7 scenario 52: nested methods with a widget at both levels show exactly two warnings")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void nestedWidgetsWarnAtEachLevel(WidgetDrawing drawing) {
        UiRun run = UiRun.open(drawing::outerWithWidget);

        assertThat(run.kinds()).containsExactly("warning", "widget:slider", "warning", "widget:slider");
        run.rerun();
        assertThat(run.warnings()).hasSize(2);
        assertThat(drawing.calls().count("outerWithWidget")).isEqualTo(1);
    }

    @DisplayName("an inner hit replayed inside an outer miss brings its recorded warning, and no second one")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void replayedWidgetIsWarnedOnce(WidgetDrawing drawing) {
        UiRun.open(drawing::innerWithWidget, "inner-first");

        UiRun run = UiRun.open(drawing::outerWithWidget, "outer-later");

        assertThat(run.kinds()).containsExactly("warning", "widget:slider", "warning", "widget:slider");
        assertThat(drawing.calls().count("innerWithWidget")).isEqualTo(1);
    }

    @DisplayName("without allowWidgets a widget is not part of the key: changing it does not recompute")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void withoutAllowWidgetsTheValueIsNotKeyed(WidgetDrawing drawing) {
        UiRun run = UiRun.open(() -> St.text("got " + drawing.widget("slider")));

        run.set("Slide", 7);

        assertThat(run.texts()).containsExactly("got 0");
        assertThat(drawing.calls().count("widget")).isEqualTo(1);
    }

    @DisplayName("§7 scenario 71: same value hits and still shows the widget; a new value recomputes, then hits")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void radioValueIsPartOfTheKey(WidgetDrawing drawing) {
        UiRun run = UiRun.open(drawing::pick);
        assertThat(drawing.calls().count("pick")).isEqualTo(1);

        run.rerun();
        assertThat(drawing.calls().count("pick")).as("same radio value").isEqualTo(1);
        assertThat(run.kinds()).containsExactly("widget:radio", "text");
        assertThat(run.texts()).containsExactly("picked bar");

        run.set("Pick", 1);
        assertThat(drawing.calls().count("pick")).as("qux selected").isEqualTo(2);
        assertThat(run.texts()).containsExactly("picked qux");

        run.rerun();
        assertThat(drawing.calls().count("pick")).as("qux again").isEqualTo(2);
        assertThat(run.texts()).containsExactly("picked qux");

        run.set("Pick", 0);
        assertThat(drawing.calls().count("pick")).as("back to bar: the first entry").isEqualTo(2);
        assertThat(run.texts()).containsExactly("picked bar");
        assertThat(run.warnings()).isEmpty();
    }

    @DisplayName("§7 scenario 72: a checkbox gating a multiselect keys by whichever widgets were read")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void dynamicWidgetSet(WidgetDrawing drawing) {
        UiRun run = UiRun.open(drawing::gated);
        assertThat(run.texts()).containsExactly("[foo]");

        run.set("More", true);
        assertThat(run.kinds()).containsExactly("widget:checkbox", "widget:multiselect", "text");
        assertThat(run.texts()).containsExactly("[]");

        run.set("Options", List.of(0));
        assertThat(run.texts()).containsExactly("[baz]");

        run.set("More", false);
        run.rerun();
        assertThat(run.texts()).containsExactly("[foo]");
        assertThat(run.kinds()).containsExactly("widget:checkbox", "text");

        int computed = drawing.calls().count("gated");
        run.set("More", true);
        assertThat(run.texts()).as("a hidden widget starts afresh, as in Streamlit").containsExactly("[]");
        assertThat(drawing.calls().count("gated")).as("checked with nothing selected: the second run's entry")
                .isEqualTo(computed);
    }

    @DisplayName("§7 scenario 73: nested methods that both allow widgets key by the inner widget too (#5677)")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void nestedWidgetReplay(WidgetDrawing drawing) {
        UiRun run = UiRun.open(() -> St.text("baz " + drawing.baz(10)));
        assertThat(run.texts()).containsExactly("baz 11");

        run.rerun();
        assertThat(run.texts()).containsExactly("baz 11");
        assertThat(run.kinds()).containsExactly("widget:numberInput", "text");
        assertThat(drawing.calls().count("baz")).isEqualTo(1);

        run.set("N", 5);
        assertThat(run.texts()).containsExactly("baz 15");
        assertThat(drawing.calls().count("baz")).isEqualTo(2);
        assertThat(drawing.calls().count("foo")).isEqualTo(2);
        assertThat(run.exceptions()).isEmpty();
    }

    @DisplayName("an outer method without allowWidgets disallows them in the methods it calls (outermost wins)")
    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void outermostSettingWins(WidgetDrawing drawing) {
        UiRun run = UiRun.open(() -> St.text("n " + drawing.strictAroundAllowing()));

        assertThat(run.kinds()).containsExactly("warning", "widget:numberInput", "text");
        run.set("N", 4);
        assertThat(run.texts()).as("the outer entry ignores the widget").containsExactly("n 1");
        assertThat(drawing.calls().count("strictAroundAllowing")).isEqualTo(1);
    }
}
