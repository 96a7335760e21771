package dev.memoria.bench.table;

import java.util.Map;

/**
 * Streamlit's published seconds for four-column pandas DataFrames ("Caching overview", section "Dealing with large
 * data", docs.streamlit.io/develop/concepts/architecture/caching), on its own unstated machine. "First run" is the
 * decorator's overhead without the function itself.
 */
final class StreamlitPublished {

    record Row(double dataFirst, double dataHit, double resourceFirst, double resourceHit) {
    }

    static final Map<Integer, Row> BY_ROWS = Map.of(
            10_000_000, new Row(0.4, 0.2, 0.01, 0),
            50_000_000, new Row(3, 1, 0.1, 0),
            100_000_000, new Row(14, 2, 0.2, 0));

    private StreamlitPublished() {
    }
}
