package dev.memoria.ui.element;

import dev.memoria.ui.internal.data.Tabular;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Rows under named columns. The page shows a window of the rows and fetches others as the user scrolls, so a table
 * of 100,000 rows costs the browser about as much as one of 100. Cells are shown with {@code String.valueOf}; a
 * row shorter than the columns shows empty cells.
 */
public record Table(List<String> columns, List<List<Object>> rows) implements Element {

    public Table {
        columns = List.copyOf(columns);
        List<List<Object>> copies = new ArrayList<>(rows.size());
        for (List<?> row : rows) {
            copies.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copies);
    }

    /**
     * A table from the shapes apps hold data in: a list (or array) of records, of maps, or of lists; or a map from
     * column name to the column's values. Any other value becomes a one-column table.
     */
    public static Table of(Object data) {
        if (data instanceof Table table) {
            return table;
        }
        Tabular tabular = Tabular.of(data);
        return new Table(tabular.columns(), tabular.rows());
    }
}
