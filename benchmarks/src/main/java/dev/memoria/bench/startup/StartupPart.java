package dev.memoria.bench.startup;

import dev.memoria.bench.Part;
import dev.memoria.bench.RunContext;
import dev.memoria.bench.fork.ForkedJava;
import dev.memoria.bench.profile.HotMethods;
import dev.memoria.bench.profile.LoadedClasses;
import dev.memoria.bench.profile.Recording;
import dev.memoria.bench.report.BarChart;
import dev.memoria.bench.report.Csv;
import dev.memoria.bench.report.Goal;
import dev.memoria.bench.report.MarkdownTable;
import dev.memoria.bench.report.Stats;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Part 5: wall time of whole JVMs, from start to exit, of a hello-world app and of an app that loads 5,000 classes,
 * with and without the agent. The variants run round-robin, so background load spreads over all of them alike.
 */
public final class StartupPart implements Part {

    private static final int CLASSES = 5_000;

    private record Variant(String app, String label, boolean agent, String mode) {
    }

    @Override
    public void run(RunContext context) throws Exception {
        Path generated = context.workDir().resolve("startup-classes");
        GeneratedClasses.write(generated, CLASSES);
        List<Variant> variants = List.of(
                new Variant("hello", "no agent", false, "cached"),
                new Variant("hello", "agent, cached method not called", true, "plain"),
                new Variant("hello", "agent, cached method called", true, "cached"),
                new Variant("5,000 classes", "no agent", false, "cached"),
                new Variant("5,000 classes", "agent, cached method not called", true, "plain"),
                new Variant("5,000 classes", "agent, cached method called", true, "cached"));
        for (Variant variant : variants) {
            if (variant.agent() && variant.mode().equals("cached")
                && fork(context, variant, generated).run(main(variant), "cached", "verify").result("misses") < 1) {
                throw new IllegalStateException(variant + ": the cached method did not go through Memoria");
            }
        }
        int repetitions = context.pick(15, 3);
        Map<Variant, List<Double>> samples = new LinkedHashMap<>();
        Csv csv = new Csv("app", "variant", "wall seconds");
        for (int i = 0; i < repetitions + 1; i++) {
            for (Variant variant : variants) {
                double seconds = fork(context, variant, generated).run(main(variant), variant.mode()).wallSeconds();
                if (i > 0) {
                    samples.computeIfAbsent(variant, v -> new ArrayList<>()).add(seconds);
                    csv.add(variant.app(), variant.label(), seconds);
                }
            }
        }
        csv.write(context.result("startup.csv"));
        String report = report(context, samples);
        if (report.contains("**missed**")) {
            for (int agentless : List.of(0, 3)) {
                Variant plain = variants.get(agentless);
                Variant variant = variants.get(agentless + 2);
                String name = "startup-" + (variant.app().equals("hello") ? "hello" : "classes");
                Path recording = context.result(name + ".jfr");
                Path classLog = context.result(name + "-classes.log");
                Path plainLog = context.result(name + "-no-agent-classes.log");
                fork(context, variant, generated).option(Recording.option(recording)).run(main(variant), variant.mode());
                fork(context, variant, generated).option(LoadedClasses.option(classLog))
                        .run(main(variant), variant.mode());
                fork(context, plain, generated).option(LoadedClasses.option(plainLog)).run(main(plain), plain.mode());
                report += HotMethods.section("the " + variant.app() + " app, " + variant.label(), recording)
                          + "\n" + LoadedClasses.summarize(classLog, plainLog);
            }
        }
        context.doc().put("startup", report);
    }

    private static Class<?> main(Variant variant) {
        return variant.app().equals("hello") ? HelloApp.class : ManyClassesApp.class;
    }

    private static ForkedJava fork(RunContext context, Variant variant, Path generated) {
        ForkedJava fork = ForkedJava.of(context).timeoutSeconds(120);
        if (!variant.app().equals("hello")) {
            fork.classPath(generated + File.pathSeparator + context.classPath());
        }
        return variant.agent() ? fork.withAgent() : fork;
    }

    private static String report(RunContext context, Map<Variant, List<Double>> samples) throws Exception {
        MarkdownTable table = new MarkdownTable("app", "JVM", "ms, start to exit", "added by the agent");
        BarChart chart = new BarChart("Start-up, whole JVM (lower is better)", "ms", false);
        Map<String, Double> baseline = new LinkedHashMap<>();
        Map<String, Double> added = new LinkedHashMap<>();
        Map<String, Double> notCalled = new LinkedHashMap<>();
        samples.forEach((variant, seconds) -> {
            Stats millis = Stats.of(seconds).map(s -> s * 1000);
            if (!variant.agent()) {
                baseline.put(variant.app(), millis.median());
            }
            double extra = millis.median() - baseline.get(variant.app());
            if (variant.agent() && variant.mode().equals("cached")) {
                added.put(variant.app(), extra);
            } else if (variant.agent()) {
                notCalled.put(variant.app(), extra);
            }
            table.row(variant.app(), variant.label(), millis.cell(), variant.agent() ? Stats.number(extra) : "–");
            chart.bar(variant.app(), variant.label(), millis);
        });
        chart.write(context.plot("startup.svg"));
        double worstAdded = added.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double helloCachedCall = added.get("hello") - notCalled.get("hello");
        double manyCachedCall = added.get("5,000 classes") - notCalled.get("5,000 classes");
        List<Goal> goals = List.of(
                new Goal("the agent adds ≤ 150 ms", worstAdded <= 150,
                         "worst app +" + Stats.number(worstAdded) + " ms (medians)"),
                new Goal("fingerprinting is paid only for classes that hold cached methods and what they call "
                         + "(the cached call costs no more than 30 ms more among 5,000 classes than in hello world)",
                         manyCachedCall - helloCachedCall <= 30,
                         "the cached call (its class rewritten and fingerprinted) adds "
                         + Stats.number(helloCachedCall) + " ms to hello world and "
                         + Stats.number(manyCachedCall) + " ms to the 5,000-class app"));
        return "Median (min–max) of " + samples.values().iterator().next().size() + " JVMs per row, after one "
               + "untimed round; JVM flags: none but `-javaagent`.\n\n" + table + "\n![start-up]("
               + context.plotLink("startup.svg") + ")\n\n" + String.join("\n", goals.stream().map(Goal::line)
                                                                             .toList()) + "\n";
    }
}
