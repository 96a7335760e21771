package dev.memoria.it.replay;

import dev.memoria.CacheData;
import dev.memoria.CacheResource;
import dev.memoria.it.support.Calls;
import dev.memoria.ui.St;
import org.junit.jupiter.api.Named;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * Cached methods that read widgets, under {@code @CacheData} and {@code @CacheResource} (§7 scenarios 51–52 and the
 * historical widget replay 71–73). The {@code allowWidgets = true} ones are keyed by the widgets' values.
 */
final class WidgetDrawings {

    /** One of each widget kind of memoria-ui's {@code St}, for scenario 51. */
    static final List<String> KINDS = List.of("button", "checkbox", "slider", "numberInput", "textInput",
            "textArea", "selectbox", "radio", "multiselect", "dateInput");

    private WidgetDrawings() {
    }

    static Stream<Named<WidgetDrawing>> both() {
        return Stream.of(Named.of("@CacheData", DataWidgets.INSTANCE),
                         Named.of("@CacheResource", ResourceWidgets.INSTANCE));
    }

    /** The bodies, once; each implementation caches them under its annotation by overriding. */
    interface WidgetDrawing {

        Calls calls();

        /** A widget of {@code kind} inside a method that does not allow widgets. */
        default Object widget(String kind) {
            calls().record("widget", kind);
            return switch (kind) {
                case "button" -> St.button("Go");
                case "checkbox" -> St.checkbox("Check");
                case "slider" -> St.slider("Slide", 0, 10);
                case "numberInput" -> St.numberInput("Number", 1);
                case "textInput" -> St.textInput("Name");
                case "textArea" -> St.textArea("Notes");
                case "selectbox" -> St.selectbox("Select", List.of("a", "b"));
                case "radio" -> St.radio("Radio", List.of("a", "b"));
                case "multiselect" -> St.multiselect("Multi", List.of("a", "b"));
                case "dateInput" -> St.dateInput("Date", LocalDate.of(2024, 1, 1));
                default -> throw new IllegalArgumentException(kind);
            };
        }

        /** Scenario 52: a widget here, and one in a nested cached method; neither allows widgets. */
        default int outerWithWidget() {
            calls().record("outerWithWidget");
            return St.slider("Outer", 0, 10) + innerWithWidget();
        }

        default int innerWithWidget() {
            calls().record("innerWithWidget");
            return St.slider("Inner", 0, 10);
        }

        /** Scenario 71: a radio (default "bar") and what it shows. */
        default String pick() {
            calls().record("pick");
            String picked = St.radio("Pick", List.of("bar", "qux"));
            St.text("picked " + picked);
            return picked;
        }

        /** Scenario 72: a checkbox gates a multiselect. */
        default List<String> gated() {
            calls().record("gated");
            List<String> chosen = St.checkbox("More")
                    ? St.multiselect("Options", List.of("baz", "qux"))
                    : List.of("foo");
            St.text(chosen.toString());
            return chosen;
        }

        /** Scenario 73: {@code baz(y) = foo() + y}, {@code foo} reads a number input; both allow widgets. */
        default int baz(int y) {
            calls().record("baz", y);
            return foo() + y;
        }

        default int foo() {
            calls().record("foo");
            return St.numberInput("N", 1);
        }

        /** An outer method that does not allow widgets around one that does: the outermost setting wins. */
        default int strictAroundAllowing() {
            calls().record("strictAroundAllowing");
            return foo();
        }
    }

    enum DataWidgets implements WidgetDrawing {
        INSTANCE;

        private final Calls calls = new Calls();

        @Override
        public Calls calls() {
            return calls;
        }

        @Override
        @CacheData
        public Object widget(String kind) {
            return WidgetDrawing.super.widget(kind);
        }

        @Override
        @CacheData
        public int outerWithWidget() {
            return WidgetDrawing.super.outerWithWidget();
        }

        @Override
        @CacheData
        public int innerWithWidget() {
            return WidgetDrawing.super.innerWithWidget();
        }

        @Override
        @CacheData(allowWidgets = true)
        public String pick() {
            return WidgetDrawing.super.pick();
        }

        @Override
        @CacheData(allowWidgets = true)
        public List<String> gated() {
            return WidgetDrawing.super.gated();
        }

        @Override
        @CacheData(allowWidgets = true)
        public int baz(int y) {
            return WidgetDrawing.super.baz(y);
        }

        @Override
        @CacheData(allowWidgets = true)
        public int foo() {
            return WidgetDrawing.super.foo();
        }

        @Override
        @CacheData
        public int strictAroundAllowing() {
            return WidgetDrawing.super.strictAroundAllowing();
        }
    }

    enum ResourceWidgets implements WidgetDrawing {
        INSTANCE;

        private final Calls calls = new Calls();

        @Override
        public Calls calls() {
            return calls;
        }

        @Override
        @CacheResource
        public Object widget(String kind) {
            return WidgetDrawing.super.widget(kind);
        }

        @Override
        @CacheResource
        public int outerWithWidget() {
            return WidgetDrawing.super.outerWithWidget();
        }

        @Override
        @CacheResource
        public int innerWithWidget() {
            return WidgetDrawing.super.innerWithWidget();
        }

        @Override
        @CacheResource(allowWidgets = true)
        public String pick() {
            return WidgetDrawing.super.pick();
        }

        @Override
        @CacheResource(allowWidgets = true)
        public List<String> gated() {
            return WidgetDrawing.super.gated();
        }

        @Override
        @CacheResource(allowWidgets = true)
        public int baz(int y) {
            return WidgetDrawing.super.baz(y);
        }

        @Override
        @CacheResource(allowWidgets = true)
        public int foo() {
            return WidgetDrawing.super.foo();
        }

        @Override
        @CacheResource
        public int strictAroundAllowing() {
            return WidgetDrawing.super.strictAroundAllowing();
        }
    }
}
