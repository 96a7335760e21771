package dev.memoria.bench.memory;

import dev.memoria.bench.Part;
import dev.memoria.bench.RunContext;
import dev.memoria.bench.fork.ForkedJava;
import dev.memoria.bench.report.BarChart;
import dev.memoria.bench.report.Csv;
import dev.memoria.bench.report.MarkdownTable;
import dev.memoria.bench.report.Stats;

import java.util.List;

/**
 * Part 6: heap bytes per small {@code @CacheData} entry beyond its serialized size, the same with
 * {@code offHeap = true}, and a Caffeine cache holding the live rows for reference. One JVM per cache and repetition.
 */
public final class EntryMemoryPart implements Part {

    @Override
    public void run(RunContext context) throws Exception {
        int entries = context.pick(200_000, 20_000);
        int repetitions = context.pick(3, 1);
        Csv csv = new Csv("cache", "heap bytes per entry", "serialized bytes per entry");
        MarkdownTable table = new MarkdownTable("cache", "heap bytes per entry", "serialized bytes per entry",
                                                "heap beyond the serialized bytes");
        BarChart chart = new BarChart("Heap per small entry (lower is better)", "bytes", false);
        for (String mode : List.of("onHeap", "offHeap", "caffeine")) {
            double[] heap = new double[repetitions];
            double serialized = 0;
            for (int i = 0; i < repetitions; i++) {
                ForkedJava.Finished finished = ForkedJava.of(context).withAgent().option("-Xms2g").option("-Xmx2g")
                        .run(EntryMemoryApp.class, mode, String.valueOf(entries));
                if (finished.result("entries") != entries) {
                    throw new IllegalStateException(mode + " kept " + finished.result("entries") + " entries");
                }
                heap[i] = finished.result("heapPerEntry");
                serialized = mode.equals("caffeine") ? 0 : finished.result("serializedPerEntry");
                csv.add(mode, heap[i], serialized);
            }
            Stats stats = Stats.of(heap);
            String label = switch (mode) {
                case "onHeap" -> "Memoria `@CacheData`";
                case "offHeap" -> "Memoria `@CacheData(offHeap = true)`";
                default -> "Caffeine holding the live rows (reference)";
            };
            table.row(label, stats.cell(), mode.equals("caffeine") ? "–" : Stats.number(serialized),
                      mode.equals("onHeap") ? Stats.number(stats.median() - serialized) : "–");
            chart.bar("per entry", label.replace("`", ""), stats);
        }
        csv.write(context.result("memory.csv"));
        chart.write(context.plot("memory.svg"));
        context.doc().put("memory", entries + " entries of `record SmallRow(long id, String label, double value)` "
                + "(label `\"row-\" + k`), keyed by an `int`; used heap after full collections, before and after "
                + "filling; median (min–max) of " + repetitions + " JVMs.\n\n" + table + "\n![memory]("
                + context.plotLink("memory.svg") + ")\n");
    }
}
