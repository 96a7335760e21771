package dev.memoria.agent.fingerprint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import static java.util.concurrent.TimeUnit.NANOSECONDS;

/**
 * A jar of class files. Only its base entries count: multi-release variants under {@code META-INF/versions} hold the
 * same classes compiled for other JDKs.
 */
record JarRoot(Path path) implements ClassPathRoot {

    @Override
    public byte[] read(String internalName) throws IOException {
        try (JarFile jar = new JarFile(path.toFile())) {
            JarEntry entry = jar.getJarEntry(internalName + CLASS_SUFFIX);
            if (entry == null) {
                return null;
            }
            try (InputStream in = jar.getInputStream(entry)) {
                return in.readAllBytes();
            }
        }
    }

    /** A jar is rewritten as a whole, so its size and modification time stamp every entry. */
    @Override
    public String version() throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        return attributes.size() + "@" + attributes.lastModifiedTime().to(NANOSECONDS);
    }

    @Override
    public Map<String, List<String>> scan() throws IOException {
        Map<String, List<String>> supertypes = new HashMap<>();
        try (JarFile jar = new JarFile(path.toFile())) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                String internalName = ClassPathRoot.className(entry.getName());
                if (internalName != null) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        ClassHeader.supertypes(in.readAllBytes())
                                .ifPresent(found -> supertypes.put(internalName, found));
                    }
                }
            }
        }
        return supertypes;
    }
}
