package dev.memoria.it.replay;

import dev.memoria.CacheData;
import dev.memoria.CacheResource;
import dev.memoria.it.support.Calls;
import dev.memoria.ui.St;
import org.junit.jupiter.api.Named;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Cached methods drawing each kind of element memoria-ui has, under both annotations (§7 scenarios 49, 50, 54). */
final class ElementKinds {

    /** Every non-widget element call of {@code St}. */
    static final List<String> KINDS = List.of("title", "header", "subheader", "text", "markdown", "code", "json",
            "write", "table", "lineChart", "barChart", "metric", "success", "info", "warning", "error", "divider",
            "exception");

    private ElementKinds() {
    }

    static Stream<Named<ElementDrawing>> both() {
        return Stream.of(Named.of("@CacheData", DataElements.INSTANCE),
                         Named.of("@CacheResource", ResourceElements.INSTANCE));
    }

    interface ElementDrawing {

        Calls calls();

        default int draw(String kind) {
            calls().record("draw", kind);
            switch (kind) {
                case "title" -> St.title("Title");
                case "header" -> St.header("Header");
                case "subheader" -> St.subheader("Subheader");
                case "text" -> St.text("text");
                case "markdown" -> St.markdown("**bold**");
                case "code" -> St.code("int x = 1;", "java");
                case "json" -> St.json(Map.of("a", 1));
                case "write" -> St.write("written", 42);
                case "table" -> St.table(List.of("x", "y"), List.of(List.of(1, 2), List.of(3, 4)));
                case "lineChart" -> St.lineChart(List.of(1, 3, 2));
                case "barChart" -> St.barChart(Map.of("sales", List.of(4, 5, 6)));
                case "metric" -> St.metric("Rows", 1_000, 10);
                case "success" -> St.success("done");
                case "info" -> St.info("note");
                case "warning" -> St.warning("careful");
                case "error" -> St.error("failed");
                case "divider" -> St.divider();
                case "exception" -> St.exception(new IllegalStateException("shown, not thrown"));
                default -> throw new IllegalArgumentException(kind);
            }
            return kind.length();
        }

        /** Scenario 49's images, as memoria-ui's pictures: one chart, or a list of three. */
        default int charts(int count) {
            calls().record("charts", count);
            for (int i = 0; i < count; i++) {
                St.lineChart(Map.of("series " + i, List.of(i, i + 1, i * 2)));
            }
            return count;
        }

        /** Scenario 54: draws the argument it is keyed by. */
        default int writeRows(List<List<Integer>> rows) {
            calls().record("writeRows");
            St.write(rows);
            return rows.size();
        }
    }

    enum DataElements implements ElementDrawing {
        INSTANCE;

        private final Calls calls = new Calls();

        @Override
        public Calls calls() {
            return calls;
        }

        @Override
        @CacheData
        public int draw(String kind) {
            return ElementDrawing.super.draw(kind);
        }

        @Override
        @CacheData
        public int charts(int count) {
            return ElementDrawing.super.charts(count);
        }

        @Override
        @CacheData
        public int writeRows(List<List<Integer>> rows) {
            return ElementDrawing.super.writeRows(rows);
        }
    }

    enum ResourceElements implements ElementDrawing {
        INSTANCE;

        private final Calls calls = new Calls();

        @Override
        public Calls calls() {
            return calls;
        }

        @Override
        @CacheResource
        public int draw(String kind) {
            return ElementDrawing.super.draw(kind);
        }

        @Override
        @CacheResource
        public int charts(int count) {
            return ElementDrawing.super.charts(count);
        }

        @Override
        @CacheResource
        public int writeRows(List<List<Integer>> rows) {
            return ElementDrawing.super.writeRows(rows);
        }
    }
}
