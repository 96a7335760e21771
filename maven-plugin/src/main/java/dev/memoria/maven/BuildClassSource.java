package dev.memoria.maven;

import dev.memoria.agent.fingerprint.ClassSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * The classes a build sees: project code (this module's original classes and those of the modules it depends on in
 * the reactor), whose changes invalidate caches, and the libraries and JDK beside them, which the weaver may read but
 * the fingerprint does not walk into. Class files are read, never loaded: project classes must not run, or even be
 * defined, inside Maven.
 */
final class BuildClassSource implements ClassSource {

    private final ClassSource project;
    private final ClassSource libraries;

    BuildClassSource(Collection<Path> projectRoots, Collection<Path> libraryRoots) {
        this.project = ClassSource.forClassPath(projectRoots);
        this.libraries = ClassSource.forClassPath(libraryRoots);
    }

    @Override
    public byte[] classFile(String internalName) {
        byte[] classFile = project.classFile(internalName);
        if (classFile == null) {
            classFile = libraries.classFile(internalName);
        }
        return classFile != null ? classFile : jdkClassFile(internalName);
    }

    @Override
    public boolean isProject(String internalName) {
        return project.isProject(internalName);
    }

    @Override
    public Iterable<String> projectClasses() {
        return project.projectClasses();
    }

    @Override
    public List<String> supertypes(String internalName) {
        return project.supertypes(internalName);
    }

    /** The JDK's classes, as the JVM running Maven has them: the release the project targets is not known here. */
    private static byte[] jdkClassFile(String internalName) {
        try (InputStream in = ClassLoader.getPlatformClassLoader().getResourceAsStream(internalName + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
