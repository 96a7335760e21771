package dev.memoria.ui.internal.html;

import dev.memoria.ui.element.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A table as the page shows it: a header, a scrolling viewport with the first rows already in it, and the total
 * row count, which the page's script uses to fetch and draw only the rows in view (see {@link #cells}).
 */
public final class TableHtml {

    /** Rows rendered with the page, one chunk of the page's script (which fetches the others). */
    static final int FIRST_ROWS = 100;

    private TableHtml() {
    }

    static String render(String elementId, Table table) {
        StringBuilder out = new StringBuilder();
        int rows = table.rows().size();
        out.append("<div class=\"m-table\"").append(Html.attribute("data-table", elementId))
           .append(Html.attribute("data-rows", rows)).append(Html.attribute("data-cols", table.columns().size()))
           // covers every row, so that the page replaces (and refetches) a table changed beyond its first rows
           .append(Html.attribute("data-digest", Integer.toHexString(table.hashCode())))
           .append("><div class=\"m-row m-head\"><div class=\"m-cell m-index\"></div>");
        for (String column : table.columns()) {
            out.append("<div class=\"m-cell\">").append(Html.escape(column)).append("</div>");
        }
        out.append("</div><div class=\"m-viewport\"><div class=\"m-spacer\"></div><div class=\"m-window\">");
        for (List<String> row : cells(table, 0, FIRST_ROWS)) {
            out.append("<div class=\"m-row\">");
            for (int c = 0; c < row.size(); c++) {
                out.append(c == 0 ? "<div class=\"m-cell m-index\">" : "<div class=\"m-cell\">")
                   .append(Html.escape(row.get(c))).append("</div>");
            }
            out.append("</div>");
        }
        out.append("</div></div><div class=\"m-table-count\">").append(String.format(Locale.ROOT, "%,d", rows))
           .append(rows == 1 ? " row" : " rows").append("</div></div>");
        return out.toString();
    }

    /**
     * Up to {@code count} rows from {@code from} as text, each led by its index; cells beyond a short row are empty.
     * The page puts these into cells as text, never as HTML.
     */
    public static List<List<String>> cells(Table table, int from, int count) {
        int end = (int) Math.min(table.rows().size(), Math.max(0L, from) + Math.max(0, count));
        List<List<String>> rows = new ArrayList<>(Math.max(0, end - from));
        for (int r = Math.max(0, from); r < end; r++) {
            List<Object> row = table.rows().get(r);
            List<String> cells = new ArrayList<>(table.columns().size() + 1);
            cells.add(Integer.toString(r));
            for (int c = 0; c < table.columns().size(); c++) {
                cells.add(c < row.size() && row.get(c) != null ? String.valueOf(row.get(c)) : "");
            }
            rows.add(cells);
        }
        return rows;
    }
}
