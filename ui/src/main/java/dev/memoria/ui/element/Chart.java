package dev.memoria.ui.element;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A line or bar chart of one or more series over their index (0, 1, 2, ...), drawn as SVG by the server. */
public record Chart(Kind kind, List<Series> series) implements Element {

    /** How the values are drawn. */
    public enum Kind { LINE, BAR }

    public Chart {
        Objects.requireNonNull(kind, "kind");
        series = List.copyOf(series);
    }

    /** One series per map entry, named by its key, in the map's order. */
    public static Chart of(Kind kind, Map<String, ? extends List<? extends Number>> columns) {
        List<Series> series = new ArrayList<>(columns.size());
        columns.forEach((name, values) -> series.add(Series.of(name, values)));
        return new Chart(kind, series);
    }

    /** A single series named "value". */
    public static Chart of(Kind kind, List<? extends Number> values) {
        return new Chart(kind, List.of(Series.of("value", values)));
    }
}
