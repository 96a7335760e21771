package dev.memoria.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The JVM-wide sources of {@link AppServer#addMetrics}, and the OpenMetrics page that {@code GET /metrics} serves
 * from them. The toolkit knows nothing of what the sources measure; it only puts their text together.
 *
 * <p>OpenMetrics has no free-form comments (every {@code #} line is {@code TYPE}, {@code HELP}, {@code UNIT} or
 * {@code EOF}), so a source that throws is reported as a sample of {@code memoria_ui_metrics_source_errors}, labelled
 * with its position and the exception: the page stays parseable and the other sources' text is served.
 */
final class MetricsSources {

    private static final List<Supplier<String>> SOURCES = new CopyOnWriteArrayList<>();

    private MetricsSources() {
    }

    static UntilClosed add(Supplier<String> source) {
        SOURCES.add(source);
        return () -> SOURCES.remove(source);
    }

    /**
     * The whole page: the toolkit's own families (open sessions, the most the server allows, the tabs it refused a
     * session at that limit), each source's text, and {@code # EOF}.
     */
    static String page(int openSessions, int maxSessions, long refusedSessions) {
        StringBuilder page = new StringBuilder()
                .append("# TYPE memoria_ui_sessions gauge\n")
                .append("# HELP memoria_ui_sessions Open sessions (browser tabs) of this server.\n")
                .append("memoria_ui_sessions ").append(openSessions).append('\n')
                .append("# TYPE memoria_ui_sessions_max gauge\n")
                .append("# HELP memoria_ui_sessions_max The most sessions this server keeps open (maxSessions).\n")
                .append("memoria_ui_sessions_max ").append(maxSessions).append('\n')
                .append("# TYPE memoria_ui_sessions_refused counter\n")
                .append("# HELP memoria_ui_sessions_refused Tabs refused a session because the most were open.\n")
                .append("memoria_ui_sessions_refused_total ").append(refusedSessions).append('\n');
        StringBuilder errors = new StringBuilder();
        int position = 0;
        for (Supplier<String> source : SOURCES) {
            position++;
            try {
                String text = source.get();
                if (text != null && !text.isEmpty()) {
                    page.append(text).append(text.endsWith("\n") ? "" : "\n");
                }
            } catch (RuntimeException | Error e) {
                errors.append("memoria_ui_metrics_source_errors{source=\"").append(position).append("\",error=\"")
                      .append(escape(e.toString())).append("\"} 1\n");
            }
        }
        return page.append("# TYPE memoria_ui_metrics_source_errors gauge\n")
                   .append("# HELP memoria_ui_metrics_source_errors Metrics sources whose text is missing from this"
                           + " page because they threw (source: position in registration order).\n")
                   .append(errors)
                   .append("# EOF\n")
                   .toString();
    }

    /** A label value as OpenMetrics writes it: backslash, double quote and line feed escaped. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
