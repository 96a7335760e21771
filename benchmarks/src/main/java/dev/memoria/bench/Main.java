package dev.memoria.bench;

import dev.memoria.bench.hashing.KeyHashingPart;
import dev.memoria.bench.hit.HitOverheadPart;
import dev.memoria.bench.inputs.DeclaredInputsPart;
import dev.memoria.bench.memory.EntryMemoryPart;
import dev.memoria.bench.persisted.PersistedHitPart;
import dev.memoria.bench.remote.RemoteHitPart;
import dev.memoria.bench.report.DocBlocks;
import dev.memoria.bench.report.MarkdownTable;
import dev.memoria.bench.startup.StartupPart;
import dev.memoria.bench.table.StreamlitTablePart;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Properties;

/**
 * {@code java -jar benchmarks/target/benchmarks.jar [--quick] [--java <java>] [all|<part>...]}: runs the parts (all
 * when none is named) in order, writes their raw results and plots, and fills in the result blocks of
 * {@code docs/benchmarks.md}, each stamped with its time, JVM and load; a run of every part also rewrites the machine
 * block. A quick run writes under {@code benchmarks/target/quick/} instead, so a smoke run never
 * replaces published numbers.
 */
public final class Main {

    /** The parts by their names on the command line, which are also the names of their blocks in the doc. */
    private static final Map<String, Part> PARTS = new LinkedHashMap<>();

    static {
        PARTS.put("hit", new HitOverheadPart());
        PARTS.put("table", new StreamlitTablePart());
        PARTS.put("persisted", new PersistedHitPart());
        PARTS.put("hashing", new KeyHashingPart());
        PARTS.put("startup", new StartupPart());
        PARTS.put("memory", new EntryMemoryPart());
        PARTS.put("remote", new RemoteHitPart());
        PARTS.put("inputs", new DeclaredInputsPart());
    }

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = false;
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--quick" -> quick = true;
                case "--java" -> java = Path.of(args[++i]);
                case "all" -> chosen.addAll(PARTS.keySet());
                default -> {
                    if (!PARTS.containsKey(arg)) {
                        throw new IllegalArgumentException("Unknown part " + arg + "; parts: all " + PARTS.keySet());
                    }
                    chosen.add(arg);
                }
            }
        }
        if (chosen.isEmpty()) {
            chosen.addAll(PARTS.keySet());
        }
        RunContext context = context(quick, java);
        String javaVersion = Machine.javaVersion(context.java());
        String loadBefore = Machine.loadAverage();
        Instant start = Instant.now();
        MarkdownTable times = new MarkdownTable("part", "wall time");
        for (String part : chosen) {
            System.out.println("=== " + part + " ===");
            Instant partStart = Instant.now();
            String partLoad = Machine.loadAverage();
            PARTS.get(part).run(context);
            double minutes = (Instant.now().toEpochMilli() - partStart.toEpochMilli()) / 60e3;
            times.row(part, String.format(Locale.ROOT, "%.1f min", minutes));
            context.doc().append(part, String.format(Locale.ROOT, "%n_Measured %s in %.1f min on %s; load average "
                    + "(1/5/15 min) %s before, %s after._", partStart.truncatedTo(ChronoUnit.SECONDS), minutes,
                    javaVersion, partLoad, Machine.loadAverage()));
        }
        if (chosen.size() == PARTS.size()) {
            context.doc().put("machine", machine(context, javaVersion, start, loadBefore, args, times));
        }
        System.out.println("Wrote " + context.resultsDir() + " and the document next to " + context.plotsDir());
    }

    private static RunContext context(boolean quick, Path java) throws Exception {
        Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path moduleDir = jar.getParent().getParent();
        Path root = moduleDir.getParent();
        Path template = root.resolve("docs/benchmarks.md");
        Path quickDir = moduleDir.resolve("target/quick");
        Path doc = quick ? quickDir.resolve("benchmarks.md") : template;
        Path results = quick ? quickDir.resolve("results") : moduleDir.resolve("results");
        Path plots = quick ? quickDir.resolve("plots") : root.resolve("docs/benchmarks");
        Files.createDirectories(results);
        Files.createDirectories(plots);
        Properties build = buildProperties();
        String agentOverride = System.getProperty("memoria.agent.jar");
        Path agentJar = Path.of(agentOverride != null ? agentOverride : build.getProperty("agent.jar"));
        String wovenHello = build.getProperty("woven.hello") + File.pathSeparator + build.getProperty("runtime.jar");
        return new RunContext(quick, java, agentJar, System.getProperty("java.class.path"), wovenHello,
                              Path.of(build.getProperty("startup.apps")), results,
                              plots, moduleDir.resolve("target/work"), new DocBlocks(template, doc));
    }

    /** What the build wrote into {@code bench.properties}: where the agent jar and the woven app are. */
    private static Properties buildProperties() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Main.class.getResourceAsStream("/bench.properties")) {
            properties.load(in);
        }
        return properties;
    }

    private static String machine(RunContext context, String javaVersion, Instant start, String loadBefore,
                                  String[] args, MarkdownTable times) {
        MarkdownTable machine = new MarkdownTable("", "");
        machine.row("CPU", Machine.cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " CPUs (nproc)")
                .row("memory", Machine.memory())
                .row("OS", Machine.operatingSystem())
                .row("JVM of every forked JVM", javaVersion)
                .row("run", start.truncatedTo(ChronoUnit.SECONDS) + (context.quick() ? ", **quick mode**" : ""))
                .row("arguments", "`" + String.join(" ", args) + "`")
                .row("load average (1/5/15 min) before / after", loadBefore + " / " + Machine.loadAverage());
        return machine + "\nTime per part:\n\n" + times;
    }
}
