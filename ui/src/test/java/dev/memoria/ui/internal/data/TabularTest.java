package dev.memoria.ui.internal.data;

import dev.memoria.ui.element.JsonValue;
import dev.memoria.ui.element.Table;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The data shapes tables and JSON values accept, and the copies they make. */
class TabularTest {

    private record Point(String name, int x) {
    }

    @Test
    @DisplayName("rows of records, of maps (keys in first-seen order) and of lists; a map of columns")
    void shapes() {
        assertThat(Table.of(List.of(new Point("a", 1), new Point("b", 2))))
                .isEqualTo(new Table(List.of("name", "x"), List.of(List.of("a", 1), List.of("b", 2))));
        assertThat(Table.of(List.of(Map.of("x", 1), new LinkedHashMap<>(Map.of("y", 2)))))
                .isEqualTo(new Table(List.of("x", "y"), List.of(Arrays.asList(1, null), Arrays.asList(null, 2))));
        assertThat(Table.of(new int[][] {{1, 2}, {3}}))
                .isEqualTo(new Table(List.of("0", "1"), List.of(List.of(1, 2), List.of(3))));
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("x", List.of(1, 2));
        columns.put("y", new double[] {0.5});
        assertThat(Table.of(columns))
                .isEqualTo(new Table(List.of("x", "y"), List.of(List.of(1, 0.5), Arrays.asList(2, null))));
        assertThat(Table.of(List.of("a", "b"))).isEqualTo(new Table(List.of("value"), List.of(List.of("a"), List.of("b"))));
    }

    @Test
    @DisplayName("a table copies its rows: changing the app's list afterwards does not change what is shown")
    void copies() {
        List<Object> row = new ArrayList<>(List.of(1));
        Table table = new Table(List.of("n"), List.of(row));
        row.set(0, 2);

        assertThat(table.rows()).containsExactly(List.of(1));
    }

    @Test
    @DisplayName("JSON values become plain data: records as maps, arrays as lists, other types as text; cycles fail")
    void plainData() {
        Object value = new JsonValue(Map.of("point", new Point("a", 1), "days", new int[] {1, 2},
                                            "when", LocalDate.of(2024, 5, 31))).value();

        assertThat(value).isEqualTo(Map.of("point", Map.of("name", "a", "x", 1), "days", List.of(1, 2),
                                           "when", "2024-05-31"));
        List<Object> cycle = new ArrayList<>();
        cycle.add(cycle);
        assertThatIllegalArgumentException().isThrownBy(() -> new JsonValue(cycle))
                                            .withMessageContaining("does it contain itself?");
    }
}
