package dev.memoria.bench.persisted;

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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Part 3: a 1 GiB {@code @CacheData(persist = DISK)} value read back by a fresh JVM against the same bytes read from
 * a plain file by a fresh JVM. Loads alternate between the two, so both see the same page cache (warm: the files were
 * just written) and the same background load.
 */
public final class PersistedHitPart implements Part {

    /** Issue 11's goal: the hit after a restart within this factor of the plain read, in the call. */
    private static final double GOAL = 1.25;

    @Override
    public void run(RunContext context) throws Exception {
        int mib = context.pick(1024, 64);
        int repetitions = context.pick(5, 2);
        Path work = context.workDir().resolve("persisted");
        delete(work);
        Files.createDirectories(work);
        Path plainFile = work.resolve("value.bin");
        String cacheDir = "-Dmemoria.cache.dir=" + work.resolve("cache");
        try {
            fork(context, cacheDir).withAgent().run(PersistedValueApp.class, "store", String.valueOf(mib));
            fork(context, cacheDir).run(PersistedValueApp.class, "plainStore", String.valueOf(mib),
                                        plainFile.toString());
            Csv csv = new Csv("reader", "seconds in the call", "JVM wall seconds");
            List<Double> memoria = new ArrayList<>();
            List<Double> memoriaWall = new ArrayList<>();
            List<Double> plain = new ArrayList<>();
            List<Double> plainWall = new ArrayList<>();
            for (int i = 0; i < repetitions; i++) {
                ForkedJava.Finished load = fork(context, cacheDir).withAgent()
                        .run(PersistedValueApp.class, "load", String.valueOf(mib));
                memoria.add(load.result("seconds"));
                memoriaWall.add(load.wallSeconds());
                csv.add("memoria", load.result("seconds"), load.wallSeconds());
                ForkedJava.Finished read = fork(context, cacheDir).withAgent()
                        .run(PersistedValueApp.class, "plainLoad", String.valueOf(mib), plainFile.toString());
                plain.add(read.result("seconds"));
                plainWall.add(read.wallSeconds());
                csv.add("plain", read.result("seconds"), read.wallSeconds());
            }
            csv.write(context.result("persisted.csv"));
            String report = report(context, mib, Stats.of(memoria), Stats.of(memoriaWall), Stats.of(plain),
                                   Stats.of(plainWall));
            if (Stats.of(memoria).median() > GOAL * Stats.of(plain).median()) {
                Path recording = context.result("persisted-load.jfr");
                fork(context, cacheDir).withAgent().option(Recording.option(recording))
                        .run(PersistedValueApp.class, "load", String.valueOf(mib));
                report += HotMethods.section("one more fresh JVM reading the value back", recording);
            }
            context.doc().put("persisted", report);
        } finally {
            delete(work);
        }
    }

    /** Every JVM of this part, both readers included, runs with the agent and the same heap. */
    private static ForkedJava fork(RunContext context, String cacheDir) {
        return ForkedJava.of(context).option("-Xms3g").option("-Xmx3g").option(cacheDir);
    }

    private static String report(RunContext context, int mib, Stats memoria, Stats memoriaWall, Stats plain,
                                 Stats plainWall) throws Exception {
        MarkdownTable table = new MarkdownTable("reader, fresh JVM", "seconds from the call to a heap `double[]`",
                                                "seconds, whole JVM (start to exit)");
        table.row("Memoria `@CacheData(persist = DISK)` hit", memoria.cell(), memoriaWall.cell())
                .row("plain file: map + bulk copy into a `double[]`", plain.cell(), plainWall.cell());
        new BarChart("Persisted " + mib + " MiB read back by a fresh JVM (lower is better)", "seconds", false)
                .bar("in the call", "Memoria", memoria).bar("in the call", "plain file", plain)
                .bar("whole JVM", "Memoria", memoriaWall).bar("whole JVM", "plain file", plainWall)
                .write(context.plot("persisted-hit.svg"));
        double ratio = memoria.median() / plain.median();
        Goal goal = new Goal("persisted hit after a restart ≤ " + Stats.number(GOAL) + "× reading the same bytes from a"
                             + " plain file", ratio <= GOAL,
                             Stats.number(ratio) + "× (medians, in the call); whole JVM "
                             + Stats.number(memoriaWall.median() / plainWall.median()) + "×");
        return "Value: " + mib + " MiB (`double[]`), median (min–max) of " + memoria.count() + " fresh JVMs each.\n\n"
               + table + "\n![persisted hit](" + context.plotLink("persisted-hit.svg") + ")\n\n" + goal.line() + "\n";
    }

    private static void delete(Path directory) throws Exception {
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
