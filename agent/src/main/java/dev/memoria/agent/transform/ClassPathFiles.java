package dev.memoria.agent.transform;

import dev.memoria.agent.report.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The class files of a class path: jars and directories, as {@code java -cp} reads them. */
final class ClassPathFiles {

    private ClassPathFiles() {
    }

    /**
     * Hands every class file to {@code action} with its internal name; {@code module-info} and the versioned copies of
     * a multi-release jar are skipped (the agent sees one class per name).
     *
     * @param skipMissing whether an entry that does not exist is passed over (as {@code java} does) or an error
     * @return how many class files there were
     * @throws IllegalArgumentException when an entry does not exist (unless skipped) or cannot be read
     */
    static int forEach(List<Path> classPath, boolean skipMissing, BiConsumer<String, byte[]> action) {
        int count = 0;
        for (Path entry : classPath) {
            try {
                if (Files.isDirectory(entry)) {
                    count += directory(entry, action);
                } else if (Files.isRegularFile(entry)) {
                    count += jar(entry, action);
                } else if (!skipMissing) {
                    throw new IllegalArgumentException(Messages.missingClassPathEntry(entry.toString(),
                            entry.toAbsolutePath().toString()));
                }
            } catch (IOException | UncheckedIOException e) {
                throw new IllegalArgumentException(Messages.unreadableClassPathEntry(entry.toString(),
                        String.valueOf(e)));
            }
        }
        return count;
    }

    private static int directory(Path root, BiConsumer<String, byte[]> action) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(file -> isClass(file.toString().replace(root.getFileSystem().getSeparator(), "/")))
                    .sorted().toList();
        }
        for (Path file : files) {
            String relative = root.relativize(file).toString().replace(root.getFileSystem().getSeparator(), "/");
            action.accept(relative.substring(0, relative.length() - ".class".length()), Files.readAllBytes(file));
        }
        return files.size();
    }

    private static int jar(Path jar, BiConsumer<String, byte[]> action) throws IOException {
        int count = 0;
        try (JarFile file = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                if (!entry.isDirectory() && isClass(entry.getName()) && !entry.getName().startsWith("META-INF/")) {
                    try (InputStream in = file.getInputStream(entry)) {
                        String name = entry.getName();
                        action.accept(name.substring(0, name.length() - ".class".length()), in.readAllBytes());
                    }
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean isClass(String name) {
        return name.endsWith(".class") && !name.endsWith("module-info.class");
    }
}
