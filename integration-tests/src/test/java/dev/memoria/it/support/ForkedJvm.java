package dev.memoria.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.fail;

/**
 * Runs a main class in a new JVM: the same {@code java} executable as the test JVM, with the options, agent and class
 * path a test gives it. Output goes to files, so a chatty child can never block on a full pipe.
 */
public final class ForkedJvm {

    private static final long TIMEOUT_SECONDS = 120;

    private final List<String> launcher = new ArrayList<>();
    private final List<String> jvmOptions = new ArrayList<>();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final List<Path> classPath = new ArrayList<>();
    /** What the JVM runs, {@code <main class>} or {@code -jar <jar>}, and the arguments it gets. */
    private final List<String> program = new ArrayList<>();
    private long timeoutSeconds = TIMEOUT_SECONDS;
    private Path workingDirectory;

    private ForkedJvm() {
    }

    /** A JVM with no options yet. */
    public static ForkedJvm java() {
        return new ForkedJvm();
    }

    /** The {@code java} executable of the JVM running the tests. */
    public static Path javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** {@code -javaagent:<agent jar>}. */
    public ForkedJvm withAgent() {
        return option("-javaagent:" + TestEnvironment.agentJar());
    }

    /** {@code -javaagent:<agent jar>=<options>}. */
    public ForkedJvm withAgent(String agentOptions) {
        return option("-javaagent:" + TestEnvironment.agentJar() + "=" + agentOptions);
    }

    public ForkedJvm option(String option) {
        jvmOptions.add(option);
        return this;
    }

    public ForkedJvm systemProperty(String name, Object value) {
        return option("-D" + name + "=" + value);
    }

    /** Sets an environment variable of the new JVM. */
    public ForkedJvm environment(String name, Object value) {
        environment.put(name, String.valueOf(value));
        return this;
    }

    /** The working directory of the new JVM; the test JVM's unless set. */
    public ForkedJvm workingDirectory(Path directory) {
        workingDirectory = directory;
        return this;
    }

    /** Runs {@code java} through another program, e.g. {@code strace -f -o <file>}. */
    public ForkedJvm launchedBy(String... command) {
        launcher.addAll(List.of(command));
        return this;
    }

    /** How long {@link #run} and {@link Running#await} wait for the JVM to end before failing the test. */
    public ForkedJvm timeout(Duration timeout) {
        timeoutSeconds = timeout.toSeconds();
        return this;
    }

    /** Adds a class path entry: a directory of class files or a jar. */
    public ForkedJvm classPath(Path entry) {
        classPath.add(entry);
        return this;
    }

    /** Adds the class path entry that holds {@code type}'s class file. */
    public ForkedJvm classPathOf(Class<?> type) {
        classPath.add(TestEnvironment.locationOf(type));
        return this;
    }

    public ForkedJvm main(Class<?> type, String... args) {
        return main(type.getName(), args);
    }

    /** A main class by name, e.g. one the test compiled itself. */
    public ForkedJvm main(String className, String... args) {
        program.add(className);
        program.addAll(List.of(args));
        return this;
    }

    /**
     * An executable jar, {@code java -jar <jar> <args>}: its manifest names the main class and the class path, so
     * {@link #classPath} entries do not count.
     */
    public ForkedJvm jar(Path jar, String... args) {
        program.addAll(List.of("-jar", jar.toString()));
        program.addAll(List.of(args));
        return this;
    }

    /** Runs the JVM to completion; fails the test when it does not end within the timeout. */
    public Result run() {
        try (Running running = start()) {
            return running.await();
        }
    }

    /**
     * Starts the JVM and returns at once, for a test that acts while it runs (reads its output, kills it, starts
     * another beside it). Closing the handle kills the JVM if it is still running and deletes its output files.
     */
    public Running start() {
        List<String> command = new ArrayList<>(launcher);
        command.add(javaExecutable().toString());
        command.addAll(jvmOptions);
        if (!classPath.isEmpty()) {
            command.add("-cp");
            command.add(classPath.stream().map(Path::toString).distinct()
                    .collect(Collectors.joining(File.pathSeparator)));
        }
        command.addAll(program);
        try {
            Path out = Files.createTempFile("memoria-it-stdout", ".txt");
            Path err = Files.createTempFile("memoria-it-stderr", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            builder.environment().remove("JAVA_TOOL_OPTIONS");
            builder.environment().remove("JDK_JAVA_OPTIONS");
            builder.environment().remove("MEMORIA_DISABLED");
            builder.environment().remove("MEMORIA_AGENT_JAR");
            builder.environment().remove("MEMORIA_CACHE_DIR");
            builder.environment().putAll(environment);
            if (workingDirectory != null) {
                builder.directory(workingDirectory.toFile());
            }
            try {
                return new Running(command, builder.start(), out, err, timeoutSeconds);
            } catch (IOException e) {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JVM started by {@link #start()}. */
    public static final class Running implements AutoCloseable {

        private final List<String> command;
        private final Process process;
        private final Path out;
        private final Path err;
        private final long timeoutSeconds;

        private Running(List<String> command, Process process, Path out, Path err, long timeoutSeconds) {
            this.command = command;
            this.process = process;
            this.out = out;
            this.err = err;
            this.timeoutSeconds = timeoutSeconds;
        }

        public ProcessHandle process() {
            return process.toHandle();
        }

        /** What the JVM printed on stdout so far, line by line. */
        public List<String> stdoutLines() {
            return read(out).lines().toList();
        }

        /**
         * Waits until the JVM has printed {@code line} on stdout; fails the test if it ends first or does not print
         * it within the timeout.
         */
        public void awaitLine(String line) {
            awaitLineMatching(line::equals, "<" + line + ">");
        }

        /**
         * Waits until the JVM has printed a line that starts with {@code prefix} on stdout, and returns the rest of
         * it; fails the test if it ends first or does not print one within the timeout.
         */
        public String awaitLineStartingWith(String prefix) {
            return awaitLineMatching(line -> line.startsWith(prefix), "a line starting with <" + prefix + ">")
                    .substring(prefix.length());
        }

        private String awaitLineMatching(Predicate<String> wanted, String what) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            while (true) {
                boolean ended = !process.isAlive();
                Optional<String> line = stdoutLines().stream().filter(wanted).findFirst();
                if (line.isPresent()) {
                    return line.get();
                }
                if (ended) {
                    fail("%s ended before printing %s:%n%s", command, what, describe());
                }
                if (System.nanoTime() > deadline) {
                    fail("%s did not print %s within %d s:%n%s", command, what, timeoutSeconds, describe());
                }
                Sleep.briefly();
            }
        }

        /** What the JVM printed on stderr so far. */
        public String stderr() {
            return read(err);
        }

        /** Writes {@code line} to the JVM's stdin. */
        public void send(String line) {
            try {
                process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
                process.getOutputStream().flush();
            } catch (IOException e) {
                throw new UncheckedIOException("could not write to " + command + ":\n" + describe(), e);
            }
        }

        /** Kills the JVM as {@code kill -9} does and waits until it is gone; returns what it printed. */
        public Result kill() {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return result();
        }

        /** Waits for the JVM to end; fails the test when it does not end within the timeout. */
        public Result await() {
            try {
                if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor();
                    fail("%s did not end within %d s.%n%s", command, timeoutSeconds, describe());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return result();
        }

        private Result result() {
            return new Result(command, process.exitValue(), read(out), read(err));
        }

        /** The command, and what the JVM printed so far on stdout and stderr. */
        @Override
        public String toString() {
            return String.join(" ", command) + "\n" + describe();
        }

        private String describe() {
            return "stdout:\n" + read(out) + "\nstderr:\n" + read(err);
        }

        private static String read(Path file) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            if (process.isAlive()) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                try {
                    process.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            try {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** How a forked JVM ended. */
    public record Result(List<String> command, int exitCode, String stdout, String stderr) {

        public List<String> stdoutLines() {
            return stdout.lines().toList();
        }

        public List<String> stderrLines() {
            return stderr.lines().toList();
        }

        /**
         * The text after {@code prefix} on the last stdout line that starts with it: the value an app printed as,
         * say, {@code price(10) = 20}. Fails the test when there is no such line.
         */
        public String lastLineAfter(String prefix) {
            List<String> lines = stdoutLines().stream().filter(line -> line.startsWith(prefix)).toList();
            if (lines.isEmpty()) {
                throw new AssertionError("The app printed no line starting with <" + prefix + ">:\n" + this);
            }
            return lines.get(lines.size() - 1).substring(prefix.length());
        }

        /** For assertion messages: everything needed to reproduce and understand a failure. */
        @Override
        public String toString() {
            return String.join(" ", command) + "\nexit code " + exitCode + "\n--- stdout ---\n" + stdout
                   + "--- stderr ---\n" + stderr;
        }
    }
}
