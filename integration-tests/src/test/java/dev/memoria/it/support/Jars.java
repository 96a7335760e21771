package dev.memoria.it.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/** Packs compiled classes into a jar, as an application's build ships them. */
public final class Jars {

    private Jars() {
    }

    /** Writes every file under {@code classes} into {@code jar}, at its path relative to {@code classes}. */
    public static Path pack(Path classes, Path jar) {
        try (Stream<Path> walk = Files.walk(classes);
             OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = new JarOutputStream(file)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            for (Path entry : files) {
                out.putNextEntry(new JarEntry(classes.relativize(entry).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(entry));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jar;
    }
}
