package dev.memoria.bench.hit;

import dev.memoria.bench.JmhRun;
import dev.memoria.bench.Part;
import dev.memoria.bench.RunContext;
import dev.memoria.bench.profile.HotMethods;
import dev.memoria.bench.report.BarChart;
import dev.memoria.bench.report.Goal;
import dev.memoria.bench.report.MarkdownTable;
import dev.memoria.bench.report.Stats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Part 1: the cost of a hit with small arguments, Memoria against Caffeine, Spring and no cache at all, in time and
 * in bytes allocated per call.
 */
public final class HitOverheadPart implements Part {

    private static final Map<String, String> CONTENDERS = new LinkedHashMap<>();

    static {
        CONTENDERS.put("plainMethod", "plain method (no cache)");
        CONTENDERS.put("caffeineGet", "Caffeine `get(key, fn)`, hand-written");
        CONTENDERS.put("caffeineWithStats", "Caffeine with `recordStats()`, hand-written");
        CONTENDERS.put("caffeineBoundedByWeight", "Caffeine bounded by weight + stats, hand-written");
        CONTENDERS.put("springCacheable", "Spring `@Cacheable`, Caffeine cache manager");
        CONTENDERS.put("memoriaCacheResource", "Memoria `@CacheResource`");
        CONTENDERS.put("memoriaCacheData", "Memoria `@CacheData`, record of primitives (shared)");
        CONTENDERS.put("caffeineGetAndCopy", "Caffeine with stats + the same Fory copy, record with a list");
        CONTENDERS.put("memoriaCacheDataCopy", "Memoria `@CacheData`, record with a list (copied)");
        CONTENDERS.put("memoriaThreeArguments", "Memoria `@CacheResource`, 3 arguments (int, String, record)");
        CONTENDERS.put("memoriaSixArguments", "Memoria `@CacheResource`, 6 arguments (int, String, record ×2)");
    }

    @Override
    public void run(RunContext context) throws Exception {
        JmhRun jmh = new JmhRun(context, HitOverheadBenchmark.class).jvmOption("-Xms1g").jvmOption("-Xmx1g")
                .measureAllocation();
        Map<String, Stats> results = jmh.run("hit-jmh.json");
        Stats caffeine = results.get("caffeineWithStats");
        MarkdownTable table = new MarkdownTable("contender", "ns per call: median (min–max)",
                                                "× Caffeine with stats", "bytes allocated per call");
        BarChart chart = new BarChart("Cache hit, small argument (lower is better, log scale)", "ns per call", true);
        CONTENDERS.forEach((method, label) -> {
            Stats stats = results.get(method);
            Stats allocated = results.get(method + "@alloc");
            table.row(label, stats.cell(), Stats.number(stats.median() / caffeine.median()),
                      allocated == null ? "–" : Stats.number(allocated.median()));
            chart.bar("hit", label.replace("`", ""), stats);
        });
        chart.write(context.plot("hit-overhead.svg"));

        double resource = ratio(results, "memoriaCacheResource", "caffeineWithStats");
        double copy = ratio(results, "memoriaCacheDataCopy", "caffeineGetAndCopy");
        double shared = ratio(results, "memoriaCacheData", "memoriaCacheResource");
        double bytes = results.get("memoriaCacheResource@alloc").median();
        List<Goal> goals = new ArrayList<>();
        goals.add(new Goal("`@CacheResource` hit ≤ 1.5× Caffeine built with `recordStats()`", resource <= 1.5,
                           Stats.number(resource) + "×"));
        goals.add(new Goal("`@CacheData` hit of a small record ≤ 1.2× Caffeine + the same copy", copy <= 1.2,
                           Stats.number(copy) + "×"));
        goals.add(new Goal("`@CacheData` hit of a deeply immutable value costs what a `@CacheResource` hit does"
                           + " (≤ 1.2× it)", shared <= 1.2, Stats.number(shared) + "×"));
        goals.add(new Goal("bytes allocated per `@CacheResource` hit ≤ 32", bytes <= 32,
                           Stats.number(bytes) + " B (the woven call's argument array is most of it)"));
        StringBuilder section = new StringBuilder(table + "\n![hit overhead](" + context.plotLink("hit-overhead.svg")
                                                  + ")\n\n");
        goals.forEach(goal -> section.append(goal.line()).append('\n'));
        if (!goals.get(0).met()) {
            Path recording = context.result("hit-cacheResource.jfr");
            jmh.profile("memoriaCacheResource", recording);
            section.append(HotMethods.section("a JMH fork of `memoriaCacheResource`, warm-up included", recording));
        }
        if (!goals.get(1).met()) {
            Path recording = context.result("hit-cacheDataCopy.jfr");
            jmh.profile("memoriaCacheDataCopy", recording);
            section.append(HotMethods.section("a JMH fork of `memoriaCacheDataCopy`, warm-up included", recording));
        }
        context.doc().put("hit", section.toString());
    }

    private static double ratio(Map<String, Stats> results, String method, String baseline) {
        return results.get(method).median() / results.get(baseline).median();
    }
}
