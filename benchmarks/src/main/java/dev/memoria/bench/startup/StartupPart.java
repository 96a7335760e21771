package dev.memoria.bench.startup;

import dev.memoria.bench.JmhRun;
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
import java.util.Locale;
import java.util.Map;

/**
 * Part 5: wall time of whole JVMs, from start to exit, of a hello-world app and of apps that load 5,000 and 30,000
 * classes, under an empty {@code -javaagent} (the baseline: what any agent costs) and under Memoria's, without and
 * with a rules file of {@value #PATTERNS} patterns, and under an agent whose transformer returns at once (the floor any
 * transformer pays); and the hello-world app woven at build time by {@code memoria:instrument}, run with
 * {@code memoria-runtime} alone and no agent, against the plain app in a JVM with no agent at all. The variants run
 * round-robin, so background load spreads over all of them alike. The agent's
 * cost per loaded class is measured twice: in process, by {@link TransformerCostBenchmark} (the agent's own code), and
 * on the whole JVM, as what the agent with the rules file adds over the transformer that returns at once.
 */
public final class StartupPart implements Part {

    private static final String HELLO = "hello";
    private static final String HELLO_WOVEN = "hello, woven at build time";
    private static final String SMALL = "5,000 classes";
    private static final String LARGE = "30,000 classes";
    private static final Map<String, Integer> CLASSES = Map.of(HELLO, 0, SMALL, 5_000, LARGE,
            ClassFileSets.LARGE_APP);
    private static final int PATTERNS = 200;
    private static final String RULES = "agent, " + PATTERNS + "-pattern rules file, cached method not called";
    private static final String NOT_CALLED = "agent, cached method not called";
    private static final String CALLED = "agent, cached method called";
    private static final String FLOOR = "agent whose transformer returns at once";
    private static final String WOVEN = "woven by `memoria:instrument`, no agent, cached method called";

    /**
     * How a variant's JVM runs: with no agent, an agent whose {@code premain} does nothing, one whose transformer
     * returns at once, Memoria's agent without or with the rules file, or no agent with the app woven at build time.
     */
    private enum Agent {
        NONE, EMPTY, UNCHANGING, MEMORIA, MEMORIA_WITH_RULES, WOVEN;

        /** The baseline its app's other rows are divided by. */
        boolean baseline() {
            return this == NONE || this == EMPTY;
        }

        /** Calls go through Memoria: the untimed check asks it whether the cached method missed. */
        boolean memoria() {
            return this == MEMORIA || this == MEMORIA_WITH_RULES || this == WOVEN;
        }
    }

    private record Variant(String app, String label, Agent agent, String mode) {
    }

    /** Where the forked JVMs find the generated apps, the baseline agent and the rules file. */
    private record Setup(Map<String, Path> apps, Path emptyAgent, Path rules) {
    }

    /** The in-process measurement's table, its worst class set and the most any set allocated per class. */
    private record InProcess(String table, double worstNanos, String worstSet, double mostBytes) {
    }

    @Override
    public void run(RunContext context) throws Exception {
        InProcess inProcess = inProcess(context);
        Path work = context.workDir().resolve("startup");
        Map<String, Path> apps = new LinkedHashMap<>();
        for (String app : List.of(SMALL, LARGE)) {
            Path classes = work.resolve("classes-" + CLASSES.get(app));
            GeneratedClasses.write(classes, CLASSES.get(app));
            apps.put(app, classes);
        }
        Setup setup = new Setup(apps, EmptyAgent.writeJar(work.resolve("empty-agent.jar")),
                StartupRules.write(work.resolve("startup.rules"), PATTERNS));
        Variant helloBaseline = new Variant(HELLO, "empty agent", Agent.EMPTY, "cached");
        Variant helloCalled = new Variant(HELLO, CALLED, Agent.MEMORIA, "cached");
        Variant plainApp = new Variant(HELLO_WOVEN, "plain app, no agent", Agent.NONE, "cached");
        Variant wovenApp = new Variant(HELLO_WOVEN, WOVEN, Agent.WOVEN, "cached");
        Variant smallBaseline = new Variant(SMALL, "empty agent", Agent.EMPTY, "cached");
        Variant smallNotCalled = new Variant(SMALL, NOT_CALLED, Agent.MEMORIA, "plain");
        List<Variant> variants = List.of(
                helloBaseline,
                new Variant(HELLO, NOT_CALLED, Agent.MEMORIA, "plain"),
                helloCalled,
                plainApp,
                wovenApp,
                smallBaseline,
                smallNotCalled,
                new Variant(SMALL, CALLED, Agent.MEMORIA, "cached"),
                new Variant(SMALL, RULES, Agent.MEMORIA_WITH_RULES, "plain"),
                new Variant(SMALL, FLOOR, Agent.UNCHANGING, "plain"),
                new Variant(LARGE, "empty agent", Agent.EMPTY, "plain"),
                new Variant(LARGE, RULES, Agent.MEMORIA_WITH_RULES, "plain"),
                new Variant(LARGE, FLOOR, Agent.UNCHANGING, "plain"));
        for (Variant variant : variants) {
            if (variant.agent().memoria() && variant.mode().equals("cached")
                && fork(context, setup, variant).run(main(variant), "cached", "verify").result("misses") < 1) {
                throw new IllegalStateException(variant + ": the cached method did not go through Memoria");
            }
        }
        int repetitions = context.pick(15, 3);
        Map<Variant, List<Double>> samples = new LinkedHashMap<>();
        Csv csv = new Csv("app", "variant", "wall seconds");
        for (int i = 0; i < repetitions + 1; i++) {
            for (Variant variant : variants) {
                double seconds = fork(context, setup, variant).run(main(variant), variant.mode()).wallSeconds();
                if (i > 0) {
                    samples.computeIfAbsent(variant, v -> new ArrayList<>()).add(seconds);
                    csv.add(variant.app(), variant.label(), seconds);
                }
            }
        }
        csv.write(context.result("startup.csv"));
        String report = report(context, samples, inProcess);
        if (report.contains("**missed**")) {
            report += profiles(context, setup, helloBaseline, helloCalled)
                      + profiles(context, setup, plainApp, wovenApp)
                      + profiles(context, setup, smallBaseline, smallNotCalled);
        }
        context.doc().put("startup", report);
    }

    /**
     * The agent's transformer handed class files in process, per class set: ns per class without and with the rules
     * file, less the harness's own cost per class, and the bytes allocated per class, the more of the two.
     */
    private static InProcess inProcess(RunContext context) throws Exception {
        Map<String, Stats> results = new JmhRun(context, TransformerCostBenchmark.class).measureAllocation()
                .parameter("patterns", "0", String.valueOf(PATTERNS)).run("startup-transformer-jmh.json");
        MarkdownTable table = new MarkdownTable("classes", "class files", "harness alone, ns per class",
                "transformer, no rules file", "transformer, " + PATTERNS + "-pattern rules file",
                "the agent's code, ns per class (rules file, less the harness)", "bytes allocated per class (either)");
        double worstNanos = Double.NEGATIVE_INFINITY;
        String worstSet = "";
        double mostBytes = 0;
        for (ClassFileSets set : ClassFileSets.values()) {
            String name = set.name().toLowerCase(Locale.ROOT);
            Map<String, byte[]> files = set.read();
            int measured = files.size() - (files.containsKey(GeneratedClasses.CACHED) ? 1 : 0);
            Stats harness = results.get("baseline:" + name);
            Stats withRules = results.get("transform:" + name + ":" + PATTERNS);
            double agentNanos = withRules.median() - harness.median();
            double bytes = Math.max(results.get("transform:" + name + ":0@alloc").median(),
                    results.get("transform:" + name + ":" + PATTERNS + "@alloc").median());
            table.row(set.label(), String.format(Locale.ROOT, "%,d", measured), harness.cell(),
                    results.get("transform:" + name + ":0").cell(), withRules.cell(), Stats.number(agentNanos),
                    Stats.number(bytes));
            if (agentNanos > worstNanos) {
                worstNanos = agentNanos;
                worstSet = name;
            }
            mostBytes = Math.max(mostBytes, bytes);
        }
        return new InProcess(table.toString(), worstNanos, worstSet, mostBytes);
    }

    /** Where a missed goal's time goes: a JFR profile of the agent's variant, and the classes it loads besides. */
    private static String profiles(RunContext context, Setup setup, Variant baseline, Variant variant)
            throws Exception {
        String name = "startup-" + switch (variant.app()) {
            case HELLO -> "hello";
            case HELLO_WOVEN -> "hello-woven";
            default -> "classes";
        };
        Path recording = context.result(name + ".jfr");
        Path classLog = context.result(name + "-classes.log");
        Path baselineLog = context.result(name + "-baseline-classes.log");
        fork(context, setup, variant).option(Recording.option(recording)).run(main(variant), variant.mode());
        fork(context, setup, variant).option(LoadedClasses.option(classLog)).run(main(variant), variant.mode());
        fork(context, setup, baseline).option(LoadedClasses.option(baselineLog)).run(main(baseline), baseline.mode());
        return HotMethods.section("the " + variant.app() + " app, " + variant.label(), recording) + "\n"
               + LoadedClasses.summarize(classLog, baselineLog);
    }

    private static Class<?> main(Variant variant) {
        return variant.app().equals(HELLO) || variant.app().equals(HELLO_WOVEN) ? HelloApp.class
                : ManyClassesApp.class;
    }

    private static ForkedJava fork(RunContext context, Setup setup, Variant variant) {
        // the app and nothing else: an agent's classes are searched for through the class path first, and
        // this module's libraries (the unshaded runtime among them) are no part of an application's
        String apps = context.startupApps().toString();
        ForkedJava fork = ForkedJava.of(context).timeoutSeconds(120).classPath(
                setup.apps().containsKey(variant.app())
                        ? setup.apps().get(variant.app()) + File.pathSeparator + apps : apps);
        return switch (variant.agent()) {
            case NONE -> fork;
            case WOVEN -> fork.classPath(context.wovenHelloClassPath());
            case EMPTY -> fork.option("-javaagent:" + setup.emptyAgent());
            case UNCHANGING -> fork.option("-javaagent:" + setup.emptyAgent() + "=transformer");
            case MEMORIA -> fork.withAgent();
            case MEMORIA_WITH_RULES -> fork.option("-javaagent:" + context.agentJar() + "=config=" + setup.rules());
        };
    }

    private static String report(RunContext context, Map<Variant, List<Double>> samples, InProcess inProcess)
            throws Exception {
        MarkdownTable table = new MarkdownTable("app", "JVM", "ms, start to exit", "added over the baseline",
                "÷ baseline");
        BarChart chart = new BarChart("Start-up, whole JVM (lower is better)", "ms", false);
        Map<String, Double> baseline = new LinkedHashMap<>();
        Map<String, Map<String, Double>> added = new LinkedHashMap<>();
        samples.forEach((variant, seconds) -> {
            Stats millis = Stats.of(seconds).map(s -> s * 1000);
            if (variant.agent().baseline()) {
                baseline.put(variant.app(), millis.median());
            }
            double extra = millis.median() - baseline.get(variant.app());
            added.computeIfAbsent(variant.app(), app -> new LinkedHashMap<>()).put(variant.label(), extra);
            boolean baselineRow = variant.agent().baseline();
            table.row(variant.app(), variant.label(), millis.cell(), baselineRow ? "–" : Stats.number(extra),
                    baselineRow ? "1 (baseline)"
                            : String.format(Locale.ROOT, "%.2f×", millis.median() / baseline.get(variant.app())));
            chart.bar(variant.app(), variant.label(), millis);
        });
        chart.write(context.plot("startup.svg"));
        double worstAdded = added.entrySet().stream().filter(app -> !app.getKey().equals(HELLO_WOVEN))
                .flatMap(app -> app.getValue().entrySet().stream())
                .filter(row -> !row.getKey().equals(FLOOR)).mapToDouble(Map.Entry::getValue).max().orElseThrow();
        double wovenRatio = 1 + added.get(HELLO_WOVEN).get(WOVEN) / baseline.get(HELLO_WOVEN);
        double helloCachedCall = added.get(HELLO).get(CALLED) - added.get(HELLO).get(NOT_CALLED);
        double manyCachedCall = added.get(SMALL).get(CALLED) - added.get(SMALL).get(NOT_CALLED);
        double smallRatio = 1 + added.get(SMALL).get(NOT_CALLED) / baseline.get(SMALL);
        // all the agent adds over a transformer that returns at once, its premain included, spread over the classes
        double wholeJvmMicros = (added.get(LARGE).get(RULES) - added.get(LARGE).get(FLOOR)) * 1000
                                / CLASSES.get(LARGE);
        String perClass = "the agent costs ≤ 5 µs per loaded class with a " + PATTERNS + "-pattern rules file";
        List<Goal> goals = List.of(
                new Goal("the agent adds ≤ 150 ms", worstAdded <= 150,
                         "worst app +" + Stats.number(worstAdded) + " ms (medians)"),
                new Goal("fingerprinting is paid only for classes that hold cached methods and what they call "
                         + "(the cached call costs no more than 30 ms more among 5,000 classes than in hello world)",
                         manyCachedCall - helloCachedCall <= 30,
                         "the cached call (its class rewritten and fingerprinted) adds "
                         + Stats.number(helloCachedCall) + " ms to hello world and "
                         + Stats.number(manyCachedCall) + " ms to the 5,000-class app"),
                new Goal("hello world woven by `memoria:instrument`, run with no agent, one cached call, takes ≤ 1.5× "
                         + "the plain app in a plain JVM", wovenRatio <= 1.5,
                         String.format(Locale.ROOT, "%.2f×", wovenRatio)),
                new Goal("the 5,000-class app, no cached method called, takes ≤ 1.1× the empty-agent JVM",
                         smallRatio <= 1.1, String.format(Locale.ROOT, "%.2f×", smallRatio)),
                new Goal(perClass + ", measured in process (the agent's own code)", inProcess.worstNanos() <= 5000,
                         Stats.number(inProcess.worstNanos() / 1000) + " µs per class for the worst set of classes, "
                         + inProcess.worstSet() + " (medians, less the harness); at most "
                         + Stats.number(inProcess.mostBytes()) + " bytes allocated per class"),
                new Goal(perClass + ", measured on the whole JVM (over the transformer that returns at once)",
                         wholeJvmMicros <= 5, Stats.number(wholeJvmMicros) + " µs per class: the 30,000-class app "
                         + "with the rules file less the same app under the transformer that returns at once, over "
                         + "its 30,000 classes (medians; premain's fixed cost included)"));
        return "Median (min–max) of " + samples.values().iterator().next().size() + " JVMs per row, after one "
               + "untimed round; JVM flags: none but `-javaagent` (an agent whose `premain` does nothing for the "
               + "baseline rows; for the floor rows, one whose `premain` registers a transformer that returns at once), "
               + "and none at all for the woven app and its baseline: the hello app woven at build time by "
               + "`memoria:instrument` runs on a class path of its classes and `memoria-runtime` alone (no agent, "
               + "no ASM, no Byte Buddy), against the same app unwoven in a JVM with no agent. Class path: the app "
               + "and nothing else (its classes, and the generated ones), so each agent's classes are found in its "
               + "own jar only. "
               + "The apps load and initialize every class; none holds a cached method but "
               + "`gen.Cached`, loaded only when its method is called; the rules file's " + PATTERNS + " patterns "
               + "name none of them.\n\n" + table + "\n![start-up](" + context.plotLink("startup.svg") + ")\n\n"
               + "The agent's own cost per class, in process (JMH, `TransformerCostBenchmark`; ns per class, median "
               + "(min–max) over the measured iterations of every fork): its transformers (the caching one and the "
               + "one that binds UI toolkits, built as `premain` builds them) are handed one class per call as the "
               + "JVM hands them those of the application class loader, round and round a set of classes. \"Harness "
               + "alone\" hands JMH the same bytes instead, and is subtracted. The transformers read names and class "
               + "files cold from a set of megabytes, where the JVM hands them freshly written ones: these numbers "
               + "include cache misses the JVM spares them. JDK classes are handed as if the application class loader loaded them (their own "
               + "loader, the bootstrap one, is turned away by the first test), so their names go through the rules "
               + "and the library-package list; classes in packages off that list have their constant pool "
               + "searched. A class the caching transformer rewrites is left out of the average: "
               + "`gen.Cached` only, which holds a `@CacheData` method.\n\n" + inProcess.table() + "\n"
               + String.join("\n", goals.stream().map(Goal::line).toList()) + "\n";
    }
}
