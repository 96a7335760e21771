package dev.memoria.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A grouped bar chart written as plain SVG: one group per category (a size, say), one bar per series (a contender),
 * each bar the median with a whisker from min to max. A log axis keeps nanoseconds and seconds readable on one plot.
 * Hand-written so the harness needs no plotting library.
 */
public final class BarChart {

    private static final String[] COLOURS = {"#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#b07aa1",
            "#edc948", "#9c755f", "#bab0ac"};
    private static final int PLOT_WIDTH = 600;
    private static final int HEIGHT = 420;
    private static final int LEFT = 80;
    /** Room for a legend character at font size 12, generously: labels must never be clipped. */
    private static final double CHARACTER_WIDTH = 7.5;
    private static final int TOP = 40;
    private static final int BOTTOM = 50;

    private final String title;
    private final String axisLabel;
    private final boolean logarithmic;
    private final List<String> categories = new ArrayList<>();
    private final Map<String, Map<String, Stats>> series = new LinkedHashMap<>();

    public BarChart(String title, String axisLabel, boolean logarithmic) {
        this.title = title;
        this.axisLabel = axisLabel;
        this.logarithmic = logarithmic;
    }

    /** Adds one bar; categories and series appear in the order they are first added. */
    public BarChart bar(String category, String seriesName, Stats value) {
        if (!categories.contains(category)) {
            categories.add(category);
        }
        series.computeIfAbsent(seriesName, s -> new LinkedHashMap<>()).put(category, value);
        return this;
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, svg(), StandardCharsets.UTF_8);
    }

    String svg() {
        double top = series.values().stream().flatMap(m -> m.values().stream()).mapToDouble(Stats::max).max()
                .orElse(1);
        double bottom = series.values().stream().flatMap(m -> m.values().stream()).mapToDouble(Stats::min)
                .filter(v -> v > 0).min().orElse(top / 10);
        Axis axis = logarithmic ? Axis.log(bottom, top) : Axis.linear(top);
        int right = 45 + (int) (CHARACTER_WIDTH * series.keySet().stream().mapToInt(String::length).max().orElse(0));
        int width = LEFT + PLOT_WIDTH + right;
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"12\">%n", width, HEIGHT));
        out.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        text(out, width / 2.0, 22, "middle", 15, title);
        int plotHeight = HEIGHT - TOP - BOTTOM;
        for (double tick : axis.ticks()) {
            double y = TOP + plotHeight * (1 - axis.fraction(tick));
            out.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n",
                    LEFT, y, LEFT + PLOT_WIDTH, y));
            text(out, LEFT - 6, y + 4, "end", 11, Stats.number(tick));
        }
        out.append(String.format(Locale.ROOT, "<text transform=\"translate(18,%d) rotate(-90)\" text-anchor=\"middle\">"
                + "%s</text>%n", TOP + plotHeight / 2, escape(axisLabel)));
        double groupWidth = (double) PLOT_WIDTH / categories.size();
        double barWidth = groupWidth * 0.8 / Math.max(1, series.size());
        int s = 0;
        for (Map.Entry<String, Map<String, Stats>> entry : series.entrySet()) {
            String colour = COLOURS[s % COLOURS.length];
            for (int c = 0; c < categories.size(); c++) {
                Stats value = entry.getValue().get(categories.get(c));
                if (value == null) {
                    continue;
                }
                double x = LEFT + c * groupWidth + groupWidth * 0.1 + s * barWidth;
                double y = TOP + plotHeight * (1 - axis.fraction(value.median()));
                out.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                        + "fill=\"%s\"><title>%s %s: %s</title></rect>%n", x, y, barWidth * 0.9,
                        TOP + plotHeight - y, colour, escape(entry.getKey()), escape(categories.get(c)),
                        Stats.number(value.median())));
                double whiskerX = x + barWidth * 0.45;
                out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                        + "stroke=\"black\"/>%n", whiskerX, TOP + plotHeight * (1 - axis.fraction(value.min())),
                        whiskerX, TOP + plotHeight * (1 - axis.fraction(value.max()))));
            }
            double legendY = TOP + 10 + s * 20;
            out.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"12\" height=\"12\" fill=\"%s\"/>%n",
                    width - right + 15, legendY - 10, colour));
            text(out, width - right + 32, legendY, "start", 12, entry.getKey());
            s++;
        }
        for (int c = 0; c < categories.size(); c++) {
            text(out, LEFT + (c + 0.5) * groupWidth, HEIGHT - BOTTOM + 18, "middle", 12, categories.get(c));
        }
        out.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
                LEFT, TOP + plotHeight, LEFT + PLOT_WIDTH, TOP + plotHeight));
        out.append("</svg>\n");
        return out.toString();
    }

    private static void text(StringBuilder out, double x, double y, String anchor, int size, String content) {
        out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\">%s"
                + "</text>%n", x, y, anchor, size, escape(content)));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Maps values to a fraction of the plot's height. */
    private interface Axis {

        double fraction(double value);

        List<Double> ticks();

        static Axis linear(double top) {
            double step = Math.pow(10, Math.floor(Math.log10(top)));
            double max = Math.ceil(top / step) * step;
            return new Axis() {
                @Override
                public double fraction(double value) {
                    return Math.max(0, value) / max;
                }

                @Override
                public List<Double> ticks() {
                    List<Double> ticks = new ArrayList<>();
                    for (double t = 0; t <= max * 1.0001; t += step) {
                        ticks.add(t);
                    }
                    return ticks;
                }
            };
        }

        static Axis log(double bottom, double top) {
            double low = Math.floor(Math.log10(bottom));
            double high = Math.max(low + 1, Math.ceil(Math.log10(top)));
            return new Axis() {
                @Override
                public double fraction(double value) {
                    return value <= 0 ? 0 : Math.max(0, (Math.log10(value) - low) / (high - low));
                }

                @Override
                public List<Double> ticks() {
                    List<Double> ticks = new ArrayList<>();
                    for (double e = low; e <= high; e++) {
                        ticks.add(Math.pow(10, e));
                    }
                    return ticks;
                }
            };
        }
    }
}
