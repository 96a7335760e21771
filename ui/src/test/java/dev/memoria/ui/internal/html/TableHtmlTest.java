package dev.memoria.ui.internal.html;

import dev.memoria.ui.element.Table;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Tables render a window of rows and serve the others in slices. */
class TableHtmlTest {

    @Test
    @DisplayName("a 100,000-row table renders its first 100 rows with the page, in a few hundred kilobytes at most")
    void firstWindowOnly() {
        Table table = numbers(100_000);

        String html = TableHtml.render("main.0", table);

        assertThat(html).contains("data-rows=\"100000\"", "data-cols=\"2\"", ">row 99<", "100,000 rows")
                        .doesNotContain(">row 100<");
        assertThat(html.length()).isLessThan(20_000);
    }

    @Test
    @DisplayName("tables that differ only beyond the first rows render differently, so the page replaces its copy")
    void changesBeyondTheFirstRows() {
        Table before = numbers(500);
        List<List<Object>> rows = new ArrayList<>(before.rows());
        rows.set(400, List.of(400, "changed"));

        assertThat(TableHtml.render("main.0", new Table(before.columns(), rows)))
                .isNotEqualTo(TableHtml.render("main.0", before));
    }

    @Test
    @DisplayName("slices: led by the row index, clipped to the table, short rows and nulls as empty cells")
    void slices() {
        Table table = new Table(List.of("a", "b"), List.of(List.of(1, 2), List.of(3), java.util.Arrays.asList(null, 4)));

        assertThat(TableHtml.cells(table, 1, 5)).containsExactly(List.of("1", "3", ""), List.of("2", "", "4"));
        assertThat(TableHtml.cells(table, 5, 5)).isEmpty();
        assertThat(TableHtml.cells(table, -3, 1)).containsExactly(List.of("0", "1", "2"));
    }

    private static Table numbers(int rows) {
        List<List<Object>> data = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            data.add(List.of(i, "row " + i));
        }
        return new Table(List.of("n", "label"), data);
    }
}
