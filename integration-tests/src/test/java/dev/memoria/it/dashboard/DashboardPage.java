package dev.memoria.it.dashboard;

import dev.memoria.ui.browser.Page;
import dev.memoria.ui.browser.WebDriver;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dashboard as its user reads and drives it: the cache activity panel at the top (body-run counters, Memoria's
 * statistics, this run's timings), metrics, and the widgets by label. Every interaction waits for the one re-run it starts.
 */
final class DashboardPage {

    private static final Pattern STATS = Pattern.compile("hits (\\d+) · misses (\\d+) · entries (\\d+)");
    private static final Pattern THIS_RUN = Pattern.compile("this run: (.+)");
    private static final Pattern LAST_MISS = Pattern.compile("last miss: (.+)");

    private final WebDriver browser;
    private final Page page;

    DashboardPage(WebDriver browser) {
        this.browser = browser;
        this.page = new Page(browser);
    }

    Page page() {
        return page;
    }

    /** The counters of the "Cache activity" panel, e.g. {@code Dataset loads -> 1}. */
    Map<String, Integer> bodyRuns() {
        Map<String, Integer> runs = new LinkedHashMap<>();
        for (String label : List.of("Dataset loads", "Model fits", "Selection runs")) {
            runs.put(label, Integer.parseInt(metric(label).replace(",", "")));
        }
        return runs;
    }

    /** The value the metric labelled {@code label} shows. */
    String metric(String label) {
        Object value = browser.script("""
                const label = Array.from(document.querySelectorAll('.m-metric-label'))
                    .find(l => l.textContent === arguments[0]);
                return label ? label.nextElementSibling.textContent : null;""", label);
        if (value == null) {
            throw new AssertionError("no metric labelled '" + label + "' on the page:\n" + page.main());
        }
        return (String) value;
    }

    /** What the cache activity panel says of {@code method}, e.g. {@code SalesData.load(long)}. */
    Activity activity(String method) {
        String text = (String) browser.script("""
                const column = Array.from(document.querySelectorAll('.m-columns > .m-block'))
                    .find(c => c.querySelector('code') && c.querySelector('code').textContent === arguments[0]);
                return column ? column.innerText : null;""", method);
        Matcher stats = STATS.matcher(text == null ? "" : text);
        Matcher thisRun = THIS_RUN.matcher(text == null ? "" : text);
        Matcher lastMiss = LAST_MISS.matcher(text == null ? "" : text);
        if (!stats.find() || !thisRun.find() || !lastMiss.find()) {
            throw new AssertionError("no cache activity for " + method + " on the page:\n" + page.main());
        }
        return new Activity(Long.parseLong(stats.group(1)), Long.parseLong(stats.group(2)),
                            Long.parseLong(stats.group(3)), thisRun.group(1), lastMiss.group(1));
    }

    /**
     * The cache activity of one method: Memoria's statistics, the app's timing of this run's call, and why the method
     * last missed, as Memoria explains it.
     */
    record Activity(long hits, long misses, long entries, String thisRun, String lastMiss) {
    }

    /** Clicks the middle of the slider's track, moving it there, and waits for the re-run. */
    void moveSlider(String label) {
        int runs = page.runs();
        browser.click(page.control(label));
        page.awaitRuns(runs + 1);
    }

    /** Picks {@code option} in the selectbox labelled {@code label} and waits for the re-run. */
    void choose(String label, String option) {
        int runs = page.runs();
        String element = WebDriver.elementId(browser.script(
                "return Array.from(arguments[0].options).find(o => o.textContent === arguments[1])",
                new WebDriver.ElementRef(page.control(label)), option));
        browser.click(element);
        page.awaitRuns(runs + 1);
    }

    /** Clicks the button labelled {@code label} and waits for the re-run. */
    void click(String label) {
        int runs = page.runs();
        browser.click(page.control(label));
        page.awaitRuns(runs + 1);
    }

    /** The "Body runs" panel's expected counts: dataset loads, model fits, selection runs. */
    static Map<String, Integer> runs(int datasetLoads, int modelFits, int selectionRuns) {
        return Map.of("Dataset loads", datasetLoads, "Model fits", modelFits, "Selection runs", selectionRuns);
    }
}
