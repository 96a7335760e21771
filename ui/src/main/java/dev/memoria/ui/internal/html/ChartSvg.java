package dev.memoria.ui.internal.html;

import dev.memoria.ui.element.Chart;
import dev.memoria.ui.element.Series;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link Chart} as a self-contained SVG: a value axis with nice ticks and grid lines, index labels, one
 * colour per series (Streamlit's palette), a legend when there is more than one series. Lines break at NaN; bars
 * grow from zero. Series names are escaped like all app text.
 */
public final class ChartSvg {

    static final int WIDTH = 640;
    static final int HEIGHT = 300;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int BOTTOM = 28;
    private static final String[] PALETTE = {
        "#0068c9", "#83c9ff", "#ff2b2b", "#ffabab", "#29b09d", "#7defa1", "#ff8700", "#ffd16a", "#6d3fc0", "#d5dae5",
    };
    /** Index labels on the x axis, at most. */
    private static final int X_LABELS = 10;

    private final Chart chart;
    private final StringBuilder out = new StringBuilder();
    private final int top;
    private final int length;
    private AxisScale scale;

    private ChartSvg(Chart chart) {
        this.chart = chart;
        this.top = chart.series().size() > 1 ? 36 : 12;
        this.length = chart.series().stream().mapToInt(s -> s.values().size()).max().orElse(0);
    }

    public static String render(Chart chart) {
        return new ChartSvg(chart).svg();
    }

    private String svg() {
        String kind = chart.kind() == Chart.Kind.LINE ? "line" : "bar";
        List<String> names = chart.series().stream().map(Series::name).toList();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"m-chart\" viewBox=\"0 0 ").append(WIDTH)
           .append(' ').append(HEIGHT).append("\" role=\"img\"")
           .append(Html.attribute("aria-label", kind + " chart of " + String.join(", ", names))).append('>');
        double[] range = range();
        if (range == null) {
            out.append("<text class=\"m-chart-empty\" x=\"").append(WIDTH / 2).append("\" y=\"").append(HEIGHT / 2)
               .append("\" text-anchor=\"middle\">No data</text></svg>");
            return out.toString();
        }
        scale = AxisScale.covering(range[0], range[1]);
        valueAxis();
        indexAxis();
        for (int s = 0; s < chart.series().size(); s++) {
            if (chart.kind() == Chart.Kind.LINE) {
                line(chart.series().get(s), PALETTE[s % PALETTE.length]);
            } else {
                bars(chart.series().get(s), s, PALETTE[s % PALETTE.length]);
            }
        }
        legend(names);
        return out.append("</svg>").toString();
    }

    /** The lowest and highest finite value (and zero, for bars); null when there is none. */
    private double[] range() {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Series series : chart.series()) {
            for (double v : series.values()) {
                if (Double.isFinite(v)) {
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
            }
        }
        if (low > high) {
            return null;
        }
        return chart.kind() == Chart.Kind.BAR ? new double[] {Math.min(low, 0), Math.max(high, 0)}
                                              : new double[] {low, high};
    }

    private void valueAxis() {
        for (double tick : scale.ticks()) {
            String y = number(y(tick));
            out.append("<line class=\"m-grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
               .append("\" y1=\"").append(y).append("\" y2=\"").append(y).append("\"/>")
               .append("<text class=\"m-tick\" x=\"").append(LEFT - 6).append("\" y=\"").append(y)
               .append("\" text-anchor=\"end\" dominant-baseline=\"middle\">").append(scale.label(tick))
               .append("</text>");
        }
    }

    private void indexAxis() {
        int every = Math.max(1, (int) Math.ceil(length / (double) X_LABELS));
        for (int i = 0; i < length; i += every) {
            out.append("<text class=\"m-tick\" x=\"").append(number(x(i))).append("\" y=\"").append(HEIGHT - BOTTOM + 16)
               .append("\" text-anchor=\"middle\">").append(i).append("</text>");
        }
    }

    private void line(Series series, String colour) {
        List<String> segment = new ArrayList<>();
        List<Double> values = series.values();
        for (int i = 0; i <= values.size(); i++) {
            if (i < values.size() && Double.isFinite(values.get(i))) {
                segment.add(number(x(i)) + "," + number(y(values.get(i))));
            } else if (!segment.isEmpty()) {
                out.append("<polyline class=\"m-line\" fill=\"none\" stroke=\"").append(colour)
                   .append("\" stroke-width=\"2\" points=\"").append(String.join(" ", segment)).append("\"/>");
                segment.clear();
            }
        }
    }

    private void bars(Series series, int index, String colour) {
        double band = plotWidth() / Math.max(1, length);
        double width = band * 0.8 / chart.series().size();
        double zero = y(Math.max(scale.min(), Math.min(0, scale.max())));
        List<Double> values = series.values();
        for (int i = 0; i < values.size(); i++) {
            double v = values.get(i);
            if (Double.isFinite(v)) {
                double x = LEFT + band * i + band * 0.1 + width * index;
                double y = y(v);
                out.append("<rect class=\"m-bar\" x=\"").append(number(x)).append("\" y=\"")
                   .append(number(Math.min(y, zero))).append("\" width=\"").append(number(width))
                   .append("\" height=\"").append(number(Math.abs(zero - y))).append("\" fill=\"").append(colour)
                   .append("\"/>");
            }
        }
    }

    private void legend(List<String> names) {
        if (names.size() < 2) {
            return;
        }
        double x = LEFT;
        for (int s = 0; s < names.size(); s++) {
            out.append("<rect x=\"").append(number(x)).append("\" y=\"8\" width=\"12\" height=\"12\" fill=\"")
               .append(PALETTE[s % PALETTE.length]).append("\"/><text class=\"m-legend\" x=\"").append(number(x + 16))
               .append("\" y=\"18\">").append(Html.escape(names.get(s))).append("</text>");
            x += 32 + 7 * names.get(s).length();
        }
    }

    /** The x of index {@code i}: points spread edge to edge for lines, at band centres for bars. */
    private double x(int i) {
        if (chart.kind() == Chart.Kind.BAR) {
            double band = plotWidth() / Math.max(1, length);
            return LEFT + band * (i + 0.5);
        }
        return length < 2 ? LEFT + plotWidth() / 2 : LEFT + plotWidth() * i / (length - 1);
    }

    private double y(double value) {
        return top + (HEIGHT - top - BOTTOM) * (1 - scale.fraction(value));
    }

    private static double plotWidth() {
        return WIDTH - LEFT - RIGHT;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
