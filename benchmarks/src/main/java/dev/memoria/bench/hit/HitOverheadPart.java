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
import java.util.LinkedHashMap;
import java.util.Map;

/** Part 1: the cost of a hit with small arguments, Memoria against Caffeine, Spring and no cache at all. */
public final class HitOverheadPart implements Part {

    private static final Map<String, String> CONTENDERS = new LinkedHashMap<>();

    static {
        CONTENDERS.put("plainMethod", "plain method (no cache)");
        CONTENDERS.put("caffeineGet", "Caffeine `get(key, fn)`, hand-written");
        CONTENDERS.put("springCacheable", "Spring `@Cacheable`, Caffeine cache manager");
        CONTENDERS.put("memoriaCacheResource", "Memoria `@CacheResource`");
        CONTENDERS.put("memoriaCacheData", "Memoria `@CacheData`");
    }

    @Override
    public void run(RunContext context) throws Exception {
        JmhRun jmh = new JmhRun(context, HitOverheadBenchmark.class).jvmOption("-Xms1g").jvmOption("-Xmx1g");
        Map<String, Stats> results = jmh.run("hit-jmh.json");
        Stats caffeine = results.get("caffeineGet");
        MarkdownTable table = new MarkdownTable("contender", "ns per call: median (min–max)", "× Caffeine");
        BarChart chart = new BarChart("Cache hit, small argument (lower is better, log scale)", "ns per call", true);
        CONTENDERS.forEach((method, label) -> {
            Stats stats = results.get(method);
            table.row(label, stats.cell(), Stats.number(stats.median() / caffeine.median()));
            chart.bar("hit", label.replace("`", ""), stats);
        });
        chart.write(context.plot("hit-overhead.svg"));
        double ratio = results.get("memoriaCacheResource").median() / caffeine.median();
        Goal goal = new Goal("`@CacheResource` hit ≤ 1.5× the hand-written Caffeine lookup", ratio <= 1.5,
                             Stats.number(ratio) + "×");
        String profile = "";
        if (!goal.met()) {
            Path recording = context.result("hit-cacheResource.jfr");
            jmh.profile("memoriaCacheResource", recording);
            profile = HotMethods.section("a JMH fork of `memoriaCacheResource`, warm-up included", recording);
        }
        context.doc().put("hit", table + "\n![hit overhead](" + context.plotLink("hit-overhead.svg") + ")\n\n"
                                 + goal.line() + "\n" + profile);
    }
}
