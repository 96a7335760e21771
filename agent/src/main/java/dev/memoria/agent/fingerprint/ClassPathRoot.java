package dev.memoria.agent.fingerprint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A directory or jar of class files. */
sealed interface ClassPathRoot permits DirectoryRoot, JarRoot {

    /** Multi-release variants and other metadata live here; they are not classes of the root itself. */
    String METADATA_PREFIX = "META-INF/";

    String CLASS_SUFFIX = ".class";

    /** The directory or jar file. */
    Path path();

    /** Reads the class file of a class in this root, or returns {@code null} when the root has none. */
    byte[] read(String internalName) throws IOException;

    /** A cheap stamp of the root's contents: equal versions mean the index can be reused. */
    String version() throws IOException;

    /** Reads every class header: internal name to direct supertypes. Unreadable class files are left out. */
    Map<String, List<String>> scan() throws IOException;

    /** The index of this root, shared across sources through {@link RootIndexCache}. */
    default RootIndex index() {
        return RootIndexCache.indexOf(this);
    }

    /** The root at {@code path}: a directory, or else a jar. */
    static ClassPathRoot of(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return Files.isDirectory(absolute) ? new DirectoryRoot(absolute) : new JarRoot(absolute);
    }

    /** The internal name of the class stored as {@code entryName}, or {@code null} for other entries. */
    static String className(String entryName) {
        return entryName.endsWith(CLASS_SUFFIX) && !entryName.startsWith(METADATA_PREFIX)
                ? entryName.substring(0, entryName.length() - CLASS_SUFFIX.length())
                : null;
    }
}
