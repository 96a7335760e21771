package dev.memoria.agent.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Text columns for people: a header row, then rows, each column as wide as its widest cell, numbers aligned right.
 * Trailing spaces are left out, so a line ends where its last cell does.
 */
final class Table {

    private static final String GUTTER = "  ";

    private final List<String> headers = new ArrayList<>();
    private final List<Boolean> rightAligned = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();

    /** Adds a column aligned left, for names and times. */
    Table left(String header) {
        return column(header, false);
    }

    /** Adds a column aligned right, for numbers and sizes. */
    Table right(String header) {
        return column(header, true);
    }

    private Table column(String header, boolean right) {
        headers.add(header);
        rightAligned.add(right);
        return this;
    }

    /** Adds a row: one cell per column, in column order. */
    void row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + headers.size() + " columns");
        }
        String[] row = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            row[i] = String.valueOf(cells[i]);
        }
        rows.add(row);
    }

    /** Prints the header and the rows, each line starting with {@code indent}. */
    void print(PrintWriter out, String indent) {
        int[] widths = new int[headers.size()];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = headers.get(column).length();
            for (String[] row : rows) {
                widths[column] = Math.max(widths[column], row[column].length());
            }
        }
        printLine(out, indent, headers.toArray(String[]::new), widths);
        for (String[] row : rows) {
            printLine(out, indent, row, widths);
        }
    }

    private void printLine(PrintWriter out, String indent, String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder(indent);
        for (int column = 0; column < cells.length; column++) {
            String padding = " ".repeat(widths[column] - cells[column].length());
            line.append(column == 0 ? "" : GUTTER);
            line.append(rightAligned.get(column) ? padding + cells[column] : cells[column] + padding);
        }
        out.println(line.toString().stripTrailing());
    }
}
