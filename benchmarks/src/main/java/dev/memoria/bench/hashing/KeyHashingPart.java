package dev.memoria.bench.hashing;

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
import java.util.List;
import java.util.Map;

/** Part 4: argument hashing bandwidth, 1 MiB to 1 GiB, against the copy bandwidth and MD5. */
public final class KeyHashingPart implements Part {

    @Override
    public void run(RunContext context) throws Exception {
        String[] sizes = context.pick(new String[]{"1", "16", "256", "1024"}, new String[]{"1", "16"});
        JmhRun jmh = new JmhRun(context, KeyHashingBenchmark.class).jvmOption("-Xms3g").jvmOption("-Xmx3g")
                .parameter("mib", sizes);
        Map<String, Stats> results = jmh.run("hashing-jmh.json");
        MarkdownTable table = new MarkdownTable("array", "key builder GiB/s", "`System.arraycopy` GiB/s",
                                                "MD5 GiB/s", "key builder ÷ copy");
        BarChart chart = new BarChart("Hashing bandwidth (higher is better)", "GiB/s", false);
        List<Double> shares = new ArrayList<>();
        for (String mib : sizes) {
            Stats key = bandwidth(results.get("keyBuilder:" + mib), mib);
            Stats copy = bandwidth(results.get("arraycopy:" + mib), mib);
            Stats md5 = bandwidth(results.get("md5:" + mib), mib);
            double share = key.median() / copy.median();
            shares.add(share);
            String label = Integer.parseInt(mib) >= 1024 ? Integer.parseInt(mib) / 1024 + " GiB" : mib + " MiB";
            table.row(label, key.cell(), copy.cell(), md5.cell(), Math.round(share * 100) + "%");
            chart.bar(label, "Memoria key builder", key).bar(label, "System.arraycopy", copy).bar(label, "MD5", md5);
        }
        chart.write(context.plot("hashing.svg"));
        double worst = shares.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        Goal goal = new Goal("argument hashing ≥ 25% of copy bandwidth", worst >= 0.25,
                             "worst size " + Math.round(worst * 100) + "% (medians)");
        String profile = "";
        if (!goal.met()) {
            String size = sizes[sizes.length - 1];
            Path recording = context.result("hashing-keyBuilder.jfr");
            jmh.profile("keyBuilder", recording, "mib", size);
            profile = HotMethods.section("a JMH fork of `keyBuilder` on " + size + " MiB, warm-up included",
                                         recording);
        }
        context.doc().put("hashing", "GiB/s from JMH's time per operation: median (min–max) over the measured "
                + "iterations. The key builder hashes large arrays as a tree of chunk digests on the common "
                + "fork-join pool, so it may use both CPUs; the copy and MD5 use one.\n\n" + table
                + "\n![hashing](" + context.plotLink("hashing.svg") + ")\n\n" + goal.line() + "\n" + profile);
    }

    /** Milliseconds per operation on {@code mib} MiB, as GiB/s (the minimum time gives the maximum bandwidth). */
    private static Stats bandwidth(Stats millis, String mib) {
        double gib = Integer.parseInt(mib) / 1024.0;
        return millis.map(ms -> gib / (ms / 1000));
    }
}
