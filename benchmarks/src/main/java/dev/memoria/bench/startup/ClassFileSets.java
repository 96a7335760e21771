package dev.memoria.bench.startup;

import com.esotericsoftware.kryo.Kryo;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.lettuce.core.RedisClient;
import io.netty.buffer.ByteBuf;
import org.apache.fory.Fory;
import org.springframework.context.ApplicationContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The class files {@link TransformerCostBenchmark} hands the agent's transformer, by internal name: the big app's
 * generated classes, classes of the JDK read from {@code jrt:/}, and the classes of a few libraries' jars.
 */
enum ClassFileSets {

    /** The 30,000-class app of the start-up part, as its JVM loads it. */
    GENERATED {
        @Override
        Map<String, byte[]> read() {
            return GeneratedClasses.generate(LARGE_APP);
        }
    },
    /** Every class of a few modules of the JDK this JVM runs on. */
    JDK {
        @Override
        Map<String, byte[]> read() throws IOException {
            Map<String, byte[]> classes = new TreeMap<>();
            FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
            for (String module : JDK_MODULES) {
                Path root = jrt.getPath("/modules", module);
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path file : files.filter(ClassFileSets::isClassFile).toList()) {
                        classes.put(internalName(root.relativize(file).toString()), Files.readAllBytes(file));
                    }
                }
            }
            return classes;
        }
    },
    /**
     * The jars of a few libraries: Spring, Netty and Kryo are on the agent's list of library packages, Caffeine, Fory
     * and Lettuce are not, so the agent searches their constant pools.
     */
    LIBRARIES {
        @Override
        Map<String, byte[]> read() throws IOException {
            Map<String, byte[]> classes = new TreeMap<>();
            for (Class<?> library : LIBRARY_CLASSES) {
                try (JarFile jar = new JarFile(jarOf(library).toFile())) {
                    for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                        JarEntry entry = entries.nextElement();
                        if (isClassFile(Path.of(entry.getName())) && !entry.getName().startsWith("META-INF/")) {
                            try (InputStream in = jar.getInputStream(entry)) {
                                classes.put(internalName(entry.getName()), in.readAllBytes());
                            }
                        }
                    }
                }
            }
            return classes;
        }
    };

    static final int LARGE_APP = 30_000;
    static final List<String> JDK_MODULES = List.of("java.base", "java.logging", "java.sql", "java.xml",
            "java.net.http");
    private static final List<Class<?>> LIBRARY_CLASSES = List.of(ApplicationContext.class, ByteBuf.class,
            Kryo.class, Caffeine.class, Fory.class, RedisClient.class);

    abstract Map<String, byte[]> read() throws IOException;

    /** What the set holds, for the doc. */
    String label() {
        return switch (this) {
            case GENERATED -> "the " + String.format(Locale.ROOT, "%,d", LARGE_APP) + "-class app's";
            case JDK -> "the JDK's: " + String.join(", ", JDK_MODULES);
            case LIBRARIES -> "libraries': " + String.join(", ", LIBRARY_CLASSES.stream()
                    .map(library -> jarOf(library).getFileName().toString()).toList());
        };
    }

    private static Path jarOf(Class<?> library) {
        try {
            return Path.of(library.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException("No jar for " + library, e));
        }
    }

    private static boolean isClassFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return name.endsWith(".class") && !name.equals("module-info.class") && !name.equals("package-info.class");
    }

    private static String internalName(String path) {
        return path.replace('\\', '/').substring(0, path.length() - ".class".length());
    }
}
