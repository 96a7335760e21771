package dev.memoria.ui.internal.html;

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
import dev.memoria.ui.element.Spinner;
import dev.memoria.ui.element.Table;
import dev.memoria.ui.element.Text;
import dev.memoria.ui.internal.json.JsonWriter;

import java.util.Locale;

/** The inner HTML of each kind of element, with all app text escaped. */
final class ElementHtml {

    private ElementHtml() {
    }

    /** The CSS class of an element's wrapper that names its kind, e.g. {@code m-el-heading}. */
    static String kind(Element element) {
        return "m-el-" + element.getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }

    static String render(String id, Element element) {
        if (element instanceof Heading heading) {
            return "<h" + heading.level() + ">" + MarkdownHtml.inline(heading.text()) + "</h" + heading.level() + ">";
        }
        if (element instanceof Text text) {
            return "<pre class=\"m-plain\">" + Html.escape(text.body()) + "</pre>";
        }
        if (element instanceof Markdown markdown) {
            return MarkdownHtml.render(markdown.body());
        }
        if (element instanceof Code code) {
            return "<pre class=\"m-code\"><code" + (code.language().isEmpty() ? "" : Html.attribute("data-lang",
                    code.language())) + ">" + Html.escape(code.body()) + "</code></pre>";
        }
        if (element instanceof JsonValue json) {
            return "<pre class=\"m-json\">" + Html.escape(JsonWriter.pretty(json.value())) + "</pre>";
        }
        if (element instanceof Table table) {
            return TableHtml.render(id, table);
        }
        if (element instanceof Chart chart) {
            return ChartSvg.render(chart);
        }
        if (element instanceof Metric metric) {
            return metric(metric);
        }
        if (element instanceof Alert alert) {
            return "<div class=\"m-alert m-alert-" + alert.level().name().toLowerCase(Locale.ROOT) + "\" role=\"alert\">"
                   + MarkdownHtml.render(alert.body()) + "</div>";
        }
        if (element instanceof Divider) {
            return "<hr>";
        }
        if (element instanceof ExceptionReport report) {
            return exception(report);
        }
        if (element instanceof Spinner spinner) {
            return "<div class=\"m-spinning\" role=\"status\"><span class=\"m-spin\"></span>"
                   + Html.escape(spinner.text()) + "</div>";
        }
        throw new IllegalArgumentException("no HTML for element " + element.getClass().getName());
    }

    private static String metric(Metric metric) {
        String html = "<div class=\"m-metric-label\">" + Html.escape(metric.label()) + "</div>"
                      + "<div class=\"m-metric-value\">" + Html.escape(metric.value()) + "</div>";
        if (metric.delta().isEmpty()) {
            return html;
        }
        boolean down = metric.delta().startsWith("-");
        return html + "<div class=\"m-metric-delta " + (down ? "m-down\">▼ " : "m-up\">▲ ")
               + Html.escape(metric.delta()) + "</div>";
    }

    private static String exception(ExceptionReport report) {
        String heading = report.message().isEmpty() ? report.type() : report.type() + ": " + report.message();
        return "<div class=\"m-exception\" role=\"alert\"><pre class=\"m-exception-message\">" + Html.escape(heading)
               + "</pre><details><summary>Stack trace</summary><pre class=\"m-trace\">"
               + Html.escape(String.join("\n", report.trace())) + "</pre></details></div>";
    }
}
