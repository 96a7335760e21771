package dev.memoria.bench.fork;

import dev.memoria.bench.RunContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts one of the harness's apps in a fresh JVM, for the measurements where a whole process matters (start-up, a
 * restart, a heap of its own). Output goes to files, so a chatty child never blocks on a full pipe.
 */
public final class ForkedJava {

    private final RunContext context;
    private final List<String> options = new ArrayList<>();
    private String classPath;
    private long timeoutSeconds = 600;

    private ForkedJava(RunContext context) {
        this.context = context;
        this.classPath = context.classPath();
    }

    public static ForkedJava of(RunContext context) {
        return new ForkedJava(context);
    }

    public ForkedJava withAgent() {
        return option("-javaagent:" + context.agentJar());
    }

    public ForkedJava option(String option) {
        options.add(option);
        return this;
    }

    public ForkedJava options(List<String> more) {
        options.addAll(more);
        return this;
    }

    /** Replaces the class path, e.g. with generated classes in front of the harness's own. */
    public ForkedJava classPath(String entries) {
        classPath = entries;
        return this;
    }

    public ForkedJava timeoutSeconds(long seconds) {
        timeoutSeconds = seconds;
        return this;
    }

    /**
     * Runs {@code mainClass} to the end and returns what it printed, with the wall time from start to exit.
     *
     * @throws IllegalStateException if it fails or outlives its timeout, with its command and output
     */
    public Finished run(Class<?> mainClass, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(context.java().toString());
        command.addAll(options);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        Path out = Files.createTempFile("memoria-bench-out", ".txt");
        Path err = Files.createTempFile("memoria-bench-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().remove("JAVA_TOOL_OPTIONS");
            builder.environment().remove("JDK_JAVA_OPTIONS");
            builder.environment().remove("MEMORIA_DISABLED");
            builder.environment().remove("MEMORIA_CACHE_DIR");
            long start = System.nanoTime();
            Process process = builder.start();
            boolean ended = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            long wallNanos = System.nanoTime() - start;
            if (!ended) {
                process.destroyForcibly().waitFor();
            }
            String stdout = Files.readString(out, StandardCharsets.UTF_8);
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            if (!ended || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + (ended ? " failed" : " timed out")
                        + "\n--- stdout ---\n" + stdout + "--- stderr ---\n" + stderr);
            }
            return new Finished(stdout, stderr, wallNanos / 1e9);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** A JVM that ended normally. */
    public record Finished(String stdout, String stderr, double wallSeconds) {

        /** The value of the app's line {@code result <name> <value>}. */
        public double result(String name) {
            return results(name).get(0);
        }

        /** The values of every line {@code result <name> <value>}, in the order printed. */
        public List<Double> results(String name) {
            List<Double> values = ResultLines.parse(stdout).stream().filter(r -> r.name().equals(name))
                    .map(ResultLines.Result::value).toList();
            if (values.isEmpty()) {
                throw new IllegalStateException("no result " + name + " in:\n" + stdout + "\n" + stderr);
            }
            return values;
        }
    }
}
