package dev.memoria.bench.profile;

import dev.memoria.bench.report.MarkdownTable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Start-up time is mostly class loading, which JFR barely samples: this counts the classes a JVM loaded, by package
 * prefix, from its {@code -Xlog:class+load} file.
 */
public final class LoadedClasses {

    private static final int ROWS = 10;

    private LoadedClasses() {
    }

    /** The JVM option that writes the log {@link #summarize} reads. */
    public static String option(Path file) {
        return "-Xlog:class+load=info:file=" + file + "::filecount=0"; // no rotated copies of an earlier run
    }

    /** The loaded classes of {@code log}, by package prefix, next to the count of a JVM without the agent. */
    public static String summarize(Path log, Path withoutAgent) throws IOException {
        List<String> classes = classes(log);
        Map<String, Long> byPrefix = classes.stream().collect(Collectors.groupingBy(LoadedClasses::prefix,
                TreeMap::new, Collectors.counting()));
        MarkdownTable table = new MarkdownTable("package prefix", "classes loaded");
        byPrefix.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(ROWS).forEach(e -> table.row("`" + e.getKey() + "`", e.getValue()));
        return classes.size() + " classes loaded (" + classes(withoutAgent).size() + " by the same app without the "
               + "agent); the largest groups:\n\n" + table;
    }

    private static List<String> classes(Path log) throws IOException {
        return Files.readAllLines(log).stream().filter(line -> line.contains(" source: "))
                .map(line -> line.substring(line.indexOf("] ") + 2, line.indexOf(" source: "))).toList();
    }

    /** The first three name segments, or four under {@code dev.memoria.shaded}, where the dependencies live. */
    private static String prefix(String className) {
        String[] parts = className.split("\\.");
        int keep = className.startsWith("dev.memoria.shaded.") ? 4 : 3;
        return String.join(".", List.of(parts).subList(0, Math.max(1, Math.min(keep, parts.length - 1))));
    }
}
