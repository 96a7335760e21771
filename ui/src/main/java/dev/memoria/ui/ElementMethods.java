package dev.memoria.ui;

import dev.memoria.ui.element.Alert;
import dev.memoria.ui.element.Chart;
import dev.memoria.ui.element.Code;
import dev.memoria.ui.element.Divider;
import dev.memoria.ui.element.Element;
import dev.memoria.ui.element.ExceptionReport;
import dev.memoria.ui.element.Heading;
import dev.memoria.ui.element.JsonValue;
import dev.memoria.ui.element.Markdown;
import dev.memoria.ui.element.Metric;
import dev.memoria.ui.element.Table;
import dev.memoria.ui.element.Text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The element calls of a {@link Container}, named as in Streamlit. Each one builds an {@link Element} record and
 * passes it to {@link #show(Element)}, the one method through which everything a container shows goes.
 */
public interface ElementMethods {

    /** Adds {@code element} to this container. Every other method of this interface ends here. */
    void show(Element element);

    /** A page title ({@code st.title}); inline markdown is rendered. */
    default void title(String text) {
        show(new Heading(1, text));
    }

    /** A section header ({@code st.header}). */
    default void header(String text) {
        show(new Heading(2, text));
    }

    /** A sub-section header ({@code st.subheader}). */
    default void subheader(String text) {
        show(new Heading(3, text));
    }

    /** Fixed-width text shown exactly as given ({@code st.text}). */
    default void text(String body) {
        show(new Text(body));
    }

    /** Markdown ({@code st.markdown}); HTML in it is shown as text. */
    default void markdown(String body) {
        show(new Markdown(body));
    }

    /** A code block ({@code st.code}). */
    default void code(String body) {
        show(new Code(body, ""));
    }

    /** A code block labelled with its language. */
    default void code(String body, String language) {
        show(new Code(body, language));
    }

    /** A value as pretty-printed JSON ({@code st.json}): maps, lists, records, arrays, strings, numbers. */
    default void json(Object value) {
        show(new JsonValue(value));
    }

    /**
     * Shows each argument the way its type suggests ({@code st.write}): text (adjacent strings joined by spaces) as
     * markdown, an exception as {@link #exception(Throwable)}, maps, collections, records and arrays as JSON, any
     * other value as its string form.
     */
    default void write(Object... values) {
        List<String> words = new ArrayList<>();
        for (Object value : values) {
            if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean) {
                words.add(value.toString());
                continue;
            }
            if (!words.isEmpty()) {
                markdown(String.join(" ", words));
                words.clear();
            }
            if (value instanceof Throwable throwable) {
                exception(throwable);
            } else if (value instanceof Map || value instanceof Collection || value instanceof Record
                       || (value != null && value.getClass().isArray())) {
                json(value);
            } else {
                text(String.valueOf(value));
            }
        }
        if (!words.isEmpty()) {
            markdown(String.join(" ", words));
        }
    }

    /** A table ({@code st.table}/{@code st.dataframe}) of rows of records, maps or lists, or of a column map. */
    default void table(Object data) {
        show(Table.of(data));
    }

    /** A table of {@code rows} under {@code columns}. */
    @SuppressWarnings("unchecked") // the Table copies every row into a new List<Object>
    default void table(List<String> columns, List<? extends List<?>> rows) {
        show(new Table(columns, (List<List<Object>>) rows));
    }

    /** A line chart with one line per entry, over the values' index ({@code st.line_chart}). */
    default void lineChart(Map<String, ? extends List<? extends Number>> series) {
        show(Chart.of(Chart.Kind.LINE, series));
    }

    /** A line chart of one series. */
    default void lineChart(List<? extends Number> values) {
        show(Chart.of(Chart.Kind.LINE, values));
    }

    /** A bar chart with one bar per entry at each index ({@code st.bar_chart}). */
    default void barChart(Map<String, ? extends List<? extends Number>> series) {
        show(Chart.of(Chart.Kind.BAR, series));
    }

    /** A bar chart of one series. */
    default void barChart(List<? extends Number> values) {
        show(Chart.of(Chart.Kind.BAR, values));
    }

    /** A big number with a label ({@code st.metric}). */
    default void metric(String label, Object value) {
        show(new Metric(label, String.valueOf(value), ""));
    }

    /** A big number with a label and its change; a change starting with "-" shows as a decrease. */
    default void metric(String label, Object value, Object delta) {
        show(new Metric(label, String.valueOf(value), delta == null ? "" : String.valueOf(delta)));
    }

    /** A green message box ({@code st.success}) with markdown text. */
    default void success(String body) {
        show(new Alert(Alert.Level.SUCCESS, body));
    }

    /** A blue message box ({@code st.info}). */
    default void info(String body) {
        show(new Alert(Alert.Level.INFO, body));
    }

    /** A yellow message box ({@code st.warning}). */
    default void warning(String body) {
        show(new Alert(Alert.Level.WARNING, body));
    }

    /** A red message box ({@code st.error}). */
    default void error(String body) {
        show(new Alert(Alert.Level.ERROR, body));
    }

    /** A horizontal rule ({@code st.divider}). */
    default void divider() {
        show(new Divider());
    }

    /** An exception with its stack trace ({@code st.exception}). */
    default void exception(Throwable exception) {
        show(ExceptionReport.of(exception));
    }
}
