package dev.memoria.ui.internal.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Column names and rows read from the shapes apps keep tabular data in: rows (a collection or array of records, maps
 * or lists) or columns (a map from column name to its values). It knows nothing of the {@code Table} element that is
 * made from it, so this package stays below the elements that use it.
 */
public record Tabular(List<String> columns, List<List<Object>> rows) {

    public static Tabular of(Object data) {
        if (data instanceof Map<?, ?> columns) {
            return fromColumns(columns);
        }
        if (data instanceof Collection<?> rows) {
            return fromRows(new ArrayList<>(rows));
        }
        if (data != null && data.getClass().isArray()) {
            return fromRows(PlainData.arrayElements(data));
        }
        return new Tabular(List.of("value"), List.of(single(data)));
    }

    private static Tabular fromColumns(Map<?, ?> columns) {
        List<String> names = new ArrayList<>();
        List<List<Object>> values = new ArrayList<>();
        int height = 0;
        for (Map.Entry<?, ?> column : columns.entrySet()) {
            names.add(String.valueOf(column.getKey()));
            List<Object> cells = cells(column.getValue());
            values.add(cells);
            height = Math.max(height, cells.size());
        }
        List<List<Object>> rows = new ArrayList<>(height);
        for (int r = 0; r < height; r++) {
            List<Object> row = new ArrayList<>(names.size());
            for (List<Object> column : values) {
                row.add(r < column.size() ? column.get(r) : null);
            }
            rows.add(row);
        }
        return new Tabular(names, rows);
    }

    private static Tabular fromRows(List<Object> rows) {
        Object first = rows.stream().filter(Objects::nonNull).findFirst().orElse(null);
        if (first instanceof Record) {
            return byName(rows, row -> Records.components((Record) row));
        }
        if (first instanceof Map<?, ?>) {
            return byName(rows, row -> (Map<?, ?>) row);
        }
        if (first instanceof Collection<?> || (first != null && first.getClass().isArray())) {
            return byPosition(rows);
        }
        List<List<Object>> single = new ArrayList<>(rows.size());
        for (Object row : rows) {
            single.add(single(row));
        }
        return new Tabular(List.of("value"), single);
    }

    /** Rows whose cells are named: the columns are every name, in the order first seen. */
    private static Tabular byName(List<Object> rows, Function<Object, Map<?, ?>> cellsOf) {
        List<Map<?, ?>> named = new ArrayList<>(rows.size());
        Set<String> columns = new LinkedHashSet<>();
        for (Object row : rows) {
            Map<?, ?> cells = row == null ? Map.of() : cellsOf.apply(row);
            named.add(cells);
            cells.keySet().forEach(name -> columns.add(String.valueOf(name)));
        }
        List<List<Object>> table = new ArrayList<>(rows.size());
        for (Map<?, ?> cells : named) {
            List<Object> row = new ArrayList<>(columns.size());
            Map<String, Object> byName = new HashMap<>();
            cells.forEach((name, value) -> byName.put(String.valueOf(name), value));
            for (String column : columns) {
                row.add(byName.get(column));
            }
            table.add(row);
        }
        return new Tabular(new ArrayList<>(columns), table);
    }

    /** Rows of positional cells: the columns are numbered 0, 1, ... up to the longest row. */
    private static Tabular byPosition(List<Object> rows) {
        List<List<Object>> table = new ArrayList<>(rows.size());
        int width = 0;
        for (Object row : rows) {
            List<Object> cells = row == null ? List.of() : cells(row);
            table.add(cells);
            width = Math.max(width, cells.size());
        }
        List<String> columns = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            columns.add(Integer.toString(c));
        }
        return new Tabular(columns, table);
    }

    private static List<Object> cells(Object column) {
        if (column instanceof Collection<?> collection) {
            return new ArrayList<>(collection);
        }
        if (column != null && column.getClass().isArray()) {
            return PlainData.arrayElements(column);
        }
        return single(column);
    }

    private static List<Object> single(Object cell) {
        List<Object> row = new ArrayList<>(1);
        row.add(cell);
        return row;
    }
}
