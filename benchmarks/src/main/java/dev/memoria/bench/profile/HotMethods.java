package dev.memoria.bench.profile;

import dev.memoria.bench.report.MarkdownTable;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where the time of a missed goal goes: a JFR recording's execution and native-method samples summed up as the
 * methods most often on top of the stack (self time) and the Memoria methods most often anywhere on it (inclusive
 * time).
 */
public final class HotMethods {

    private static final int ROWS = 12;

    private HotMethods() {
    }

    /** A titled section for the doc: what was profiled, then {@link #summarize}. */
    public static String section(String what, Path recording) throws IOException {
        return "\n**Where the time goes**: " + what + ". " + summarize(recording);
    }

    /** Two Markdown tables summarizing {@code recording}; empty-handed recordings say so. */
    public static String summarize(Path recording) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            String type = event.getEventType().getName();
            if (!(type.equals("jdk.ExecutionSample") || type.equals("jdk.NativeMethodSample"))
                || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            self.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String name = name(frame);
                if (name.startsWith("dev.memoria.") && !name.startsWith("dev.memoria.bench.") && seen.add(name)) {
                    inclusive.merge(name, 1, Integer::sum);
                }
            }
        }
        if (samples == 0) {
            return "(the recording holds no execution samples)\n";
        }
        return "JFR, " + samples + " samples of threads running Java or native code (threads waiting are not "
               + "sampled).\n\nTop of the stack (self time):\n\n"
               + table(self, samples, "method") + "\nMemoria methods anywhere on the stack (inclusive time):\n\n"
               + table(inclusive, samples, "Memoria method");
    }

    private static String table(Map<String, Integer> counts, int samples, String what) {
        MarkdownTable table = new MarkdownTable(what, "share of samples");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(ROWS).forEach(e -> table.row("`" + e.getKey() + "`",
                        String.format(Locale.ROOT, "%.1f%%", 100.0 * e.getValue() / samples)));
        return table.toString();
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
