package dev.memoria.maven;

import dev.memoria.agent.transform.Instrumenter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The compiler's output as it was before weaving, kept beside the classes directory (JaCoCo's offline
 * instrumentation keeps its originals the same way). Fingerprints must be computed from original bytes, and a class
 * woven by an earlier build is still woven when only its callees were recompiled: its fingerprint changes, so it is
 * woven again from the copy kept here.
 */
final class OriginalClasses {

    private final Path classes;
    private final Path originals;

    OriginalClasses(Path classes, Path originals) {
        this.classes = classes;
        this.originals = originals;
    }

    Path directory() {
        return originals;
    }

    /**
     * Brings the copy in line with the classes directory: a class the compiler wrote is copied, a woven one keeps its
     * copy, a deleted one loses it.
     *
     * @return the class files, relative to both directories, e.g. {@code com/acme/Reports.class}
     * @throws IllegalStateException when a woven class has no original, naming the class and the fix
     */
    List<String> synchronize() throws IOException {
        List<String> names = classFiles(classes);
        for (String name : names) {
            byte[] current = Files.readAllBytes(classes.resolve(name));
            Path original = originals.resolve(name);
            if (Instrumenter.isWoven(current)) {
                if (!Files.isRegularFile(original)) {
                    throw new IllegalStateException(Messages.wovenWithoutOriginal(classes.resolve(name).toString(),
                            originals.toString()));
                }
            } else if (!Files.isRegularFile(original) || !Arrays.equals(Files.readAllBytes(original), current)) {
                Files.createDirectories(original.getParent());
                Files.write(original, current);
            }
        }
        Set<String> current = new HashSet<>(names);
        for (String stale : classFiles(originals)) {
            if (!current.contains(stale)) {
                Files.delete(originals.resolve(stale));
            }
        }
        return names;
    }

    byte[] read(String name) throws IOException {
        return Files.readAllBytes(originals.resolve(name));
    }

    /** Class files of the directory's packages; versioned ({@code META-INF/versions}) classes are not woven. */
    private static List<String> classFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(file -> file.toString().endsWith(".class") && Files.isRegularFile(file))
                    .map(file -> root.relativize(file).toString().replace(root.getFileSystem().getSeparator(), "/"))
                    .filter(name -> !name.startsWith("META-INF/") && !name.endsWith("module-info.class"))
                    .sorted()
                    .forEach(names::add);
        }
        return names;
    }
}
