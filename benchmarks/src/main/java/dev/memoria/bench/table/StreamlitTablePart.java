package dev.memoria.bench.table;

import dev.memoria.bench.Part;
import dev.memoria.bench.RunContext;
import dev.memoria.bench.fork.ForkedJava;
import dev.memoria.bench.profile.HotMethods;
import dev.memoria.bench.profile.Recording;
import dev.memoria.bench.report.BarChart;
import dev.memoria.bench.report.Csv;
import dev.memoria.bench.report.Goal;
import dev.memoria.bench.report.MarkdownTable;
import dev.memoria.bench.report.Stats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Part 2: Streamlit's table (four {@code double} columns of 10M, 50M and 100M rows), Memoria's first run and hit next
 * to a plain deep copy, {@code java.io}, Kryo and Streamlit's published seconds. One JVM per size, all with the agent
 * and the same heap.
 */
public final class StreamlitTablePart implements Part {

    private static final String HEAP = "14g";

    @Override
    public void run(RunContext context) throws Exception {
        int[] sizes = context.pick(new int[]{10_000_000, 50_000_000, 100_000_000}, new int[]{1_000_000, 2_000_000});
        Csv csv = new Csv("rows", "measurement", "seconds");
        Map<Integer, Map<String, Stats>> bySize = new LinkedHashMap<>();
        for (int rows : sizes) {
            String repetitions = context.pick(rows >= 50_000_000 ? "3" : "5", "2");
            ForkedJava.Finished finished = fork(context).run(StreamlitTableApp.class, String.valueOf(rows), "1", repetitions);
            Map<String, Stats> stats = new LinkedHashMap<>();
            for (String measurement : List.of("cacheData.first", "cacheData.hit", "cacheResource.first",
                    "cacheResource.hit", "clone.copy", "java.serialize", "java.deserialize", "kryo.serialize",
                    "kryo.deserialize")) {
                List<Double> samples = finished.results(measurement);
                samples.forEach(s -> csv.add(rows, measurement, s));
                stats.put(measurement, Stats.of(samples));
            }
            bySize.put(rows, stats);
        }
        csv.write(context.result("table.csv"));
        String tables = tables(context, bySize);
        if (tables.contains("`@CacheData` hit ≤ 2× the plain copy — **missed**")
            || tables.contains("`@CacheData` first-run overhead ≤ 3× the plain copy — **missed**")) {
            Path recording = context.result("table-cacheData.jfr");
            fork(context).option(Recording.option(recording))
                    .run(StreamlitTableApp.class, String.valueOf(sizes[0]), "1", "3", "memoriaOnly");
            tables += HotMethods.section("`@CacheData` and `@CacheResource` alone on " + sizes[0] / 1_000_000
                                         + "M rows, one warm-up and three repetitions", recording);
        }
        context.doc().put("table", tables);
    }

    /** Every JVM of this part: the agent and one heap size for all table sizes. */
    private static ForkedJava fork(RunContext context) {
        String heap = context.pick(HEAP, "1g");
        return ForkedJava.of(context).withAgent().option("-Xms" + heap).option("-Xmx" + heap);
    }

    private static String tables(RunContext context, Map<Integer, Map<String, Stats>> bySize) throws Exception {
        MarkdownTable first = new MarkdownTable("rows", "`@CacheData` first run", "`@CacheResource` first run",
                "plain deep copy", "java.io serialize", "Kryo serialize", "Streamlit `cache_data`",
                "Streamlit `cache_resource`", "`@CacheData` ÷ copy");
        MarkdownTable hit = new MarkdownTable("rows", "`@CacheData` hit", "`@CacheResource` hit",
                "plain deep copy", "java.io deserialize", "Kryo deserialize", "Streamlit `cache_data`",
                "Streamlit `cache_resource`", "`@CacheData` ÷ copy");
        BarChart firstChart = new BarChart("First-run overhead, 4 double columns (lower is better)", "seconds", true);
        BarChart hitChart = new BarChart("Hit, 4 double columns (lower is better)", "seconds", true);
        List<Double> hitRatios = new ArrayList<>();
        List<Double> firstRatios = new ArrayList<>();
        double slowestResourceHit = 0;
        for (Map.Entry<Integer, Map<String, Stats>> entry : bySize.entrySet()) {
            String rows = entry.getKey() / 1_000_000 + "M";
            Map<String, Stats> s = entry.getValue();
            StreamlitPublished.Row published = StreamlitPublished.BY_ROWS.get(entry.getKey());
            double copy = s.get("clone.copy").median();
            double firstRatio = s.get("cacheData.first").median() / copy;
            double hitRatio = s.get("cacheData.hit").median() / copy;
            firstRatios.add(firstRatio);
            hitRatios.add(hitRatio);
            slowestResourceHit = Math.max(slowestResourceHit, s.get("cacheResource.hit").median());
            first.row(rows, s.get("cacheData.first").cell(), s.get("cacheResource.first").cell(),
                    s.get("clone.copy").cell(), s.get("java.serialize").cell(), s.get("kryo.serialize").cell(),
                    published == null ? "–" : Stats.number(published.dataFirst()),
                    published == null ? "–" : Stats.number(published.resourceFirst()), Stats.number(firstRatio) + "×");
            hit.row(rows, s.get("cacheData.hit").cell(), s.get("cacheResource.hit").cell(),
                    s.get("clone.copy").cell(), s.get("java.deserialize").cell(), s.get("kryo.deserialize").cell(),
                    published == null ? "–" : Stats.number(published.dataHit()),
                    published == null ? "–" : Stats.number(published.resourceHit()), Stats.number(hitRatio) + "×");
            firstChart.bar(rows, "@CacheData", s.get("cacheData.first")).bar(rows, "@CacheResource",
                    s.get("cacheResource.first")).bar(rows, "plain deep copy", s.get("clone.copy"))
                    .bar(rows, "java.io serialize", s.get("java.serialize"))
                    .bar(rows, "Kryo serialize", s.get("kryo.serialize"));
            hitChart.bar(rows, "@CacheData", s.get("cacheData.hit")).bar(rows, "@CacheResource",
                    s.get("cacheResource.hit")).bar(rows, "plain deep copy", s.get("clone.copy"))
                    .bar(rows, "java.io deserialize", s.get("java.deserialize"))
                    .bar(rows, "Kryo deserialize", s.get("kryo.deserialize"));
            if (published != null) {
                firstChart.bar(rows, "Streamlit cache_data (published)", Stats.of(published.dataFirst()));
                hitChart.bar(rows, "Streamlit cache_data (published)", Stats.of(published.dataHit()));
            }
        }
        firstChart.write(context.plot("table-first-run.svg"));
        hitChart.write(context.plot("table-hit.svg"));
        double worstHit = hitRatios.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double worstFirst = firstRatios.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        List<Goal> goals = List.of(
                new Goal("`@CacheData` hit ≤ 2× the plain copy", worstHit <= 2,
                         "worst size " + Stats.number(worstHit) + "× (medians)"),
                new Goal("`@CacheData` first-run overhead ≤ 3× the plain copy", worstFirst <= 3,
                         "worst size " + Stats.number(worstFirst) + "× (medians)"),
                new Goal("`@CacheResource` hit in constant time (every size's median under 0.1 ms)",
                         slowestResourceHit < 1e-4, "slowest median " + Stats.number(slowestResourceHit * 1e6)
                                                    + " µs"));
        return "Seconds; each cell is the median (min–max) of the timed repetitions.\n\n**First run** (overhead: "
               + "the cached body only returns a table built beforehand)\n\n" + first
               + "\n![first run](" + context.plotLink("table-first-run.svg") + ")\n\n**Hit**\n\n" + hit
               + "\n![hit](" + context.plotLink("table-hit.svg") + ")\n\n"
               + String.join("\n", goals.stream().map(Goal::line).toList()) + "\n";
    }
}
