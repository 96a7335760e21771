package dev.memoria.agent.fingerprint;

import dev.memoria.CacheData;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Java sources of a fixture project: read from test resources or generated, edited in memory, and compiled with javac
 * into a directory. Nothing is ever loaded: the fingerprinter reads class files only.
 */
final class FixtureProject {

    /** What Maven passes by default: full debug information, Java 17 class files. */
    static final List<String> DEFAULT_OPTIONS = List.of("-g", "--release", "17");

    private final Map<String, String> sources;

    private FixtureProject(Map<String, String> sources) {
        this.sources = new TreeMap<>(sources);
    }

    /** The sources under a test-resource directory, keyed by their path relative to it, e.g. {@code fx/Calc.java}. */
    static FixtureProject fromResources(String directory) {
        Path root = resourcePath(directory);
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                sources.put(root.relativize(file).toString().replace(File.separatorChar, '/'), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FixtureProject(sources);
    }

    static FixtureProject of(Map<String, String> sources) {
        return new FixtureProject(sources);
    }

    /** Replaces every occurrence of {@code target} in one file; fails when there is none, so no edit goes unnoticed. */
    FixtureProject edit(String file, String target, String replacement) {
        String source = sources.get(file);
        assertThat(source).as("fixture file %s", file).isNotNull();
        assertThat(source).as("the text to edit in %s", file).contains(target);
        return with(file, source.replace(target, replacement));
    }

    /** Adds or replaces one file. */
    FixtureProject with(String file, String source) {
        Map<String, String> edited = new TreeMap<>(sources);
        edited.put(file, source);
        return new FixtureProject(edited);
    }

    /** Compiles with the in-process javac and {@link #DEFAULT_OPTIONS}. */
    CompiledFixture compile(Path output) {
        return compile(output, DEFAULT_OPTIONS);
    }

    /** Compiles with the in-process javac, the javac of the JDK running the tests. */
    CompiledFixture compile(Path output, List<String> options) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<JavaFileObject> units = sources.entrySet().stream()
                .map(source -> (JavaFileObject) new SourceText(source.getKey(), source.getValue()))
                .toList();
        List<String> arguments = new ArrayList<>(options);
        arguments.addAll(List.of("-proc:none", "-d", output.toString(), "-classpath", runtimeClasses().toString()));
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            if (!javac.getTask(null, files, diagnostics, arguments, null, units).call()) {
                fail("fixture does not compile: %s", diagnostics.getDiagnostics());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CompiledFixture(output);
    }

    /** Compiles with another JDK's javac, run as a process, with {@link #DEFAULT_OPTIONS}. */
    CompiledFixture compileWith(Path javacExecutable, Path workDirectory) throws IOException, InterruptedException {
        Path sourceRoot = Files.createDirectories(workDirectory.resolve("src"));
        Path output = Files.createDirectories(workDirectory.resolve("classes"));
        List<String> command = new ArrayList<>(List.of(javacExecutable.toString()));
        command.addAll(DEFAULT_OPTIONS);
        command.addAll(List.of("-proc:none", "-d", output.toString(), "-classpath", runtimeClasses().toString()));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = sourceRoot.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            command.add(file.toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("%s finishes", javacExecutable).isTrue();
        assertThat(process.exitValue()).as("%s output:%n%s", javacExecutable, log).isZero();
        return new CompiledFixture(output);
    }

    /** Where the Memoria annotations the fixtures use come from. */
    private static Path runtimeClasses() {
        try {
            return Path.of(CacheData.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path resourcePath(String directory) {
        URL url = FixtureProject.class.getClassLoader().getResource(directory);
        assertThat(url).as("test resource %s", directory).isNotNull();
        return Path.of(URI.create(url.toString()));
    }

    private static final class SourceText extends SimpleJavaFileObject {

        private final String text;

        SourceText(String path, String text) {
            super(URI.create("string:///" + path), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
