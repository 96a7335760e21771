package dev.memoria.it.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/** Writes a jar as a build plugin would: a manifest, then class files from directories and entries of other jars. */
final class JarWriter implements AutoCloseable {

    private final JarOutputStream out;

    private JarWriter(JarOutputStream out) {
        this.out = out;
    }

    static JarWriter create(Path jar, Manifest manifest) {
        try {
            return new JarWriter(new JarOutputStream(Files.newOutputStream(jar), manifest));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds every file under {@code root}/{@code folder}, named by its path relative to {@code root}. */
    JarWriter addFiles(Path root, String folder) {
        try (Stream<Path> files = Files.walk(root.resolve(folder))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                add(root.relativize(file).toString().replace('\\', '/'), Files.newInputStream(file));
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the entries of {@code jar} whose names {@code names} accepts, directories included. */
    JarWriter addEntries(Path jar, Predicate<String> names) {
        try (JarFile source = new JarFile(jar.toFile())) {
            List<JarEntry> entries = Collections.list(source.entries());
            for (JarEntry entry : entries) {
                if (names.test(entry.getName())) {
                    add(entry.getName(), source.getInputStream(entry));
                }
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(String name, InputStream content) throws IOException {
        try (InputStream in = content) {
            out.putNextEntry(new JarEntry(name));
            in.transferTo(out);
            out.closeEntry();
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
