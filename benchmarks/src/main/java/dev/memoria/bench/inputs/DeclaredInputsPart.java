package dev.memoria.bench.inputs;

import dev.memoria.bench.JmhRun;
import dev.memoria.bench.Part;
import dev.memoria.bench.RunContext;
import dev.memoria.bench.report.MarkdownTable;
import dev.memoria.bench.report.Stats;

import java.util.Map;

/** Declared inputs: what a call pays to key a glob of 1 and 10,000 unchanged files, one file, and no inputs. */
public final class DeclaredInputsPart implements Part {

    @Override
    public void run(RunContext context) throws Exception {
        String[] sizes = {"1", "10000"};
        Map<String, Stats> results = new JmhRun(context, DeclaredInputsBenchmark.class).parameter("files", sizes)
                .run("inputs-jmh.json");
        MarkdownTable table = new MarkdownTable("declared inputs", "µs per call");
        table.row("none (key of one `int`)", results.get("noInputs:1").cell());
        table.row("`file:` one file", results.get("oneFile:1").cell());
        for (String size : sizes) {
            table.row("`file:` glob over " + String.format("%,d", Integer.parseInt(size)) + " files",
                    results.get("glob:" + size).cell());
        }
        context.doc().put("inputs", "The key of one call, in µs from JMH's time per operation: median (min–max) over"
                + " the measured iterations. Files are 1 KiB, unchanged since the first call (which read them once),"
                + " 100 per directory; a call lists the glob again and reads every file's size and modification"
                + " time, never its content.\n\n" + table);
    }
}
