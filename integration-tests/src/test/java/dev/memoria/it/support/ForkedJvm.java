package dev.memoria.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.fail;

/**
 * Runs a main class in a new JVM: the same {@code java} executable as the test JVM, with the options, agent and class
 * path a test gives it. Output goes to files, so a chatty child can never block on a full pipe.
 */
public final class ForkedJvm {

    private static final long TIMEOUT_SECONDS = 120;

    private final List<String> jvmOptions = new ArrayList<>();
    private final List<Path> classPath = new ArrayList<>();
    private final List<String> arguments = new ArrayList<>();
    private String mainClass;

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

    /** Adds the class path entry that holds {@code type}'s class file. */
    public ForkedJvm classPathOf(Class<?> type) {
        classPath.add(TestEnvironment.locationOf(type));
        return this;
    }

    public ForkedJvm main(Class<?> type, String... args) {
        mainClass = type.getName();
        arguments.addAll(List.of(args));
        return this;
    }

    /** Runs the JVM to completion; fails the test when it does not end within the timeout. */
    public Result run() {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable().toString());
        command.addAll(jvmOptions);
        if (!classPath.isEmpty()) {
            command.add("-cp");
            command.add(classPath.stream().map(Path::toString).distinct()
                    .collect(Collectors.joining(File.pathSeparator)));
        }
        command.add(mainClass);
        command.addAll(arguments);
        try {
            Path out = Files.createTempFile("memoria-it-stdout", ".txt");
            Path err = Files.createTempFile("memoria-it-stderr", ".txt");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile())
                        .redirectError(err.toFile());
                builder.environment().remove("JAVA_TOOL_OPTIONS");
                builder.environment().remove("JDK_JAVA_OPTIONS");
                builder.environment().remove("MEMORIA_DISABLED");
                builder.environment().remove("MEMORIA_AGENT_JAR");
                Process process = builder.start();
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor();
                    fail("%s did not end within %d s.%nstdout:%n%s%nstderr:%n%s", command, TIMEOUT_SECONDS,
                            Files.readString(out), Files.readString(err));
                }
                return new Result(command, process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
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

        /** For assertion messages: everything needed to reproduce and understand a failure. */
        @Override
        public String toString() {
            return String.join(" ", command) + "\nexit code " + exitCode + "\n--- stdout ---\n" + stdout
                   + "--- stderr ---\n" + stderr;
        }
    }
}
