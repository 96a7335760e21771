package dev.memoria.maven;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Java sources written by a test and compiled with javac into a classes directory, as a module's build would. */
final class SourceTree {

    private final Path sources;
    private final Path classes;

    SourceTree(Path root) {
        this.sources = root.resolve("src");
        this.classes = root.resolve("classes");
    }

    Path classes() {
        return classes;
    }

    SourceTree write(String className, String source) {
        try {
            Path file = sources.resolve(className.replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Compiles every source (the test's class path, plus {@code extraClassPath}) into {@link #classes()}. */
    SourceTree compile(Path... extraClassPath) {
        try (Stream<Path> files = Files.walk(sources)) {
            Files.createDirectories(classes);
            List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-parameters", "-cp",
                    System.getProperty("java.class.path") + Stream.of(extraClassPath)
                            .map(path -> java.io.File.pathSeparator + path).reduce("", String::concat)));
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> arguments.add(file.toString()));
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            if (javac.run(null, null, errors, arguments.toArray(String[]::new)) != 0) {
                throw new IllegalStateException("javac failed:\n" + errors.toString(StandardCharsets.UTF_8));
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
