package dev.memoria.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import static org.assertj.core.api.Assertions.fail;

/** Compiles Java source inside a test, as a developer's IDE or build would between two runs of a hot-reloaded app. */
public final class Javac {

    private Javac() {
    }

    /**
     * Compiles one class, with {@code -parameters} as the project does, into {@code outputDirectory}.
     *
     * @param className   the binary name of the class, e.g. {@code dev.memoria.it.reload.gen.Prices}
     * @param source      its source text
     * @param classPathOf classes whose class path entries the source needs (Memoria's API, test helpers)
     */
    public static void compile(Path outputDirectory, String className, String source, Class<?>... classPathOf) {
        compile(outputDirectory, Map.of(className, source),
                Stream.of(classPathOf).map(TestEnvironment::locationOf).distinct().toList());
    }

    /**
     * Compiles several classes together, with {@code -parameters}, into {@code outputDirectory}.
     *
     * @param sources   source texts by the binary name of their class
     * @param classPath the directories and jars the sources need
     */
    public static void compile(Path outputDirectory, Map<String, String> sources, List<Path> classPath) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            fail("No Java compiler in %s: run the suite on a JDK, not a JRE.", System.getProperty("java.home"));
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<JavaFileObject> files = sources.entrySet().stream()
                .map(entry -> sourceFile(entry.getKey(), entry.getValue())).toList();
        try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, null,
                StandardCharsets.UTF_8)) {
            List<String> options = List.of("-parameters", "--release", "17", "-classpath",
                    classPath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)), "-d",
                    outputDirectory.toString());
            boolean compiled = compiler.getTask(null, fileManager, diagnostics, options, null, files).call();
            if (!compiled) {
                fail("Compiling %s failed:%n%s", sources.keySet(), diagnostics.getDiagnostics().stream()
                        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).map(Object::toString)
                        .collect(Collectors.joining("\n")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JavaFileObject sourceFile(String className, String source) {
        return new SimpleJavaFileObject(URI.create("string:///" + className.replace('.', '/') + ".java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
    }
}
