package dev.memoria.agent.fingerprint;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static java.util.concurrent.TimeUnit.NANOSECONDS;

/** A directory of class files, such as {@code target/classes}. */
record DirectoryRoot(Path path) implements ClassPathRoot {

    @Override
    public byte[] read(String internalName) throws IOException {
        Path file = path.resolve(internalName + CLASS_SUFFIX);
        return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
    }

    /**
     * Digests the name, modification time and size of every class file. Listing a directory costs a fraction of
     * reading its class files, and a recompiled class (possibly with a new supertype) changes its stamp even when the
     * directory's own timestamp does not.
     */
    @Override
    public String version() throws IOException {
        HashBuilder stamps = new HashBuilder();
        forEachClassFile((internalName, file, attributes) -> stamps.putString(internalName)
                .putLong(attributes.lastModifiedTime().to(NANOSECONDS))
                .putLong(attributes.size()));
        return HashBuilder.hex(stamps.finish());
    }

    @Override
    public Map<String, List<String>> scan() throws IOException {
        Map<String, List<String>> supertypes = new HashMap<>();
        forEachClassFile((internalName, file, attributes) -> ClassHeader.supertypes(Files.readAllBytes(file))
                .ifPresent(found -> supertypes.put(internalName, found)));
        return supertypes;
    }

    private void forEachClassFile(ClassFileVisitor visitor) throws IOException {
        // Cutting the root's prefix off the string is much cheaper than Path.relativize, and this runs per file.
        int prefixLength = path.toString().length() + 1;
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                String entryName = file.toString().substring(prefixLength).replace(File.separatorChar, '/');
                String internalName = ClassPathRoot.className(entryName);
                if (internalName != null) {
                    visitor.visit(internalName, file, attributes);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @FunctionalInterface
    private interface ClassFileVisitor {
        void visit(String internalName, Path file, BasicFileAttributes attributes) throws IOException;
    }
}
