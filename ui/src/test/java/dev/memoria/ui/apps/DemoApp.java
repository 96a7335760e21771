package dev.memoria.ui.apps;

import dev.memoria.ui.App;
import dev.memoria.ui.AppServer;
import dev.memoria.ui.Container;
import dev.memoria.ui.St;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The browser tests' app: every kind of layout and most widgets, a chart that follows the sliders and a table of
 * 100,000 rows. It counts its runs per session ("Runs: N") and in total, so tests can tell how often it ran.
 */
public final class DemoApp implements App {

    public static final int TABLE_ROWS = 100_000;

    /** A reading of the demo's table. */
    public record Reading(String station, int hour, double temperature) {
    }

    private final AtomicInteger totalRuns = new AtomicInteger();

    public int totalRuns() {
        return totalRuns.get();
    }

    @Override
    public void run() {
        totalRuns.incrementAndGet();
        int runs = (Integer) St.sessionState().merge("runs", 1, (a, b) -> (Integer) a + (Integer) b);

        String station = St.sidebar().selectbox("Station", List.of("Oslo", "Lima", "Perth"));
        boolean celsius = St.sidebar().checkbox("Celsius", true);
        String chart = St.sidebar().radio("Chart", List.of("Line", "Bar"));

        St.title("Weather *demo*");
        St.text("Runs: " + runs);
        int days = St.slider("Days", 1, 30, 7);
        double noise = St.slider("Noise", 0.0, 1.0, 0.25);
        String note = St.textInput("Note");
        if (!note.isEmpty()) {
            St.markdown("Your note: **" + note + "**");
        }
        if (St.button("Refresh")) {
            St.success("Refreshed in run " + runs);
        }

        List<Container> columns = St.columns(3);
        columns.get(0).metric("Station", station);
        columns.get(1).metric("Days", days, String.format("%+d", days - 7));
        columns.get(2).metric("Unit", celsius ? "°C" : "°F");

        if (chart.equals("Line")) {
            St.lineChart(series(days, noise, celsius));
        } else {
            St.barChart(series(days, noise, celsius));
        }
        try (var details = St.expander("Details").enter()) {
            St.json(Map.of("station", station, "days", days));
            St.code("St.slider(\"Days\", 1, 30, 7)", "java");
        }
        St.table(readings(station));
    }

    private static Map<String, List<Double>> series(int days, double noise, boolean celsius) {
        Map<String, List<Double>> series = new LinkedHashMap<>();
        List<Double> high = new ArrayList<>();
        List<Double> low = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            double base = 12 + 6 * Math.sin(day / 3.0) + noise * Math.cos(day * 7.0);
            high.add(celsius ? base + 4 : (base + 4) * 9 / 5 + 32);
            low.add(celsius ? base - 4 : (base - 4) * 9 / 5 + 32);
        }
        series.put("high", high);
        series.put("low", low);
        return series;
    }

    private static List<Reading> readings(String station) {
        List<Reading> readings = new ArrayList<>(TABLE_ROWS);
        for (int i = 0; i < TABLE_ROWS; i++) {
            readings.add(new Reading(station + "-" + i, i % 24, Math.round(100 * (10 + Math.sin(i / 50.0) * 8)) / 100.0));
        }
        return readings;
    }

    /** Serves the demo at http://127.0.0.1:8501/ for a look by hand. */
    public static void main(String[] args) {
        AppServer server = St.run(new DemoApp());
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    }
}
