package dev.memoria.demo;

import dev.memoria.CacheData;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles versions of a small class with {@code javac} and loads each into a fresh class loader, the way a dev
 * server reloads edited code. The agent rewrites each version as it loads; whether a version reaches the entries of
 * the previous one depends only on its code fingerprint.
 */
final class CodeVersions {

    private static final String CLASS = "dev.memoria.demo.generated.Prices";

    private final Path workDirectory;
    private int version;

    CodeVersions(Path workDirectory) {
        this.workDirectory = workDirectory;
    }

    /**
     * The source of one version; {@code body} is the price formula, which may call the helper {@code rate()},
     * returning {@code rate}; {@code padding} shifts line numbers.
     */
    static String source(String padding, String body, int rate) {
        return "package dev.memoria.demo.generated;\n" + padding
               + "public class Prices implements dev.memoria.demo.PriceList {\n"
               + "    private static int runs;\n"
               + "    @dev.memoria.CacheData\n"
               + "    public int price(@dev.memoria.Unhashed Prices this, int quantity) {\n"
               + "        runs++;\n"
               + "        return " + body + ";\n"
               + "    }\n"
               + "    static int rate() { return " + rate + "; }\n"
               + "    public int runs() { return runs; }\n"
               + "}\n";
    }

    /** Compiles {@code source} and loads it in a new class loader. */
    PriceList load(String source) throws IOException, ReflectiveOperationException {
        Path directory = workDirectory.resolve("v" + ++version);
        Path file = directory.resolve("src/dev/memoria/demo/generated/Prices.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        Path classes = Files.createDirectories(directory.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("This demo compiles code at run time and needs a JDK, not a JRE.");
        }
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, null, errors, "-d", classes.toString(), "-parameters",
                "-cp", classPath(), file.toString());
        if (status != 0) {
            throw new IllegalStateException("javac failed:\n" + errors);
        }
        URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                CodeVersions.class.getClassLoader());
        return (PriceList) loader.loadClass(CLASS).getConstructor().newInstance();
    }

    /** Where the demo's classes and Memoria's annotations come from, for javac. */
    private static String classPath() {
        return String.join(java.io.File.pathSeparator,
                List.of(location(CodeVersions.class), location(CacheData.class)));
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
