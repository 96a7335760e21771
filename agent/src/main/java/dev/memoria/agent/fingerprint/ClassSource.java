package dev.memoria.agent.fingerprint;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * Where the fingerprinter finds class files and which of them are project code.
 *
 * <p>A source never loads classes: the fingerprinter runs inside a {@code ClassFileTransformer}, where loading a class
 * can recurse into the transformer or initialize application code too early. Implementations should treat a class
 * file they cannot read as unknown rather than throw.
 *
 * <p>The sources made by the factories below read each class-path root's index once and memoize lookups, so, like
 * the {@link Fingerprinter} they serve, they are snapshots and not thread-safe: create one per fingerprinter.
 */
public interface ClassSource {

    /**
     * Returns the class file of a class, or {@code null} when it is unknown. Never loads the class.
     *
     * @param internalName the class's internal name, e.g. {@code "com/acme/Helper"}
     * @return the class file bytes, or {@code null}
     */
    byte[] classFile(String internalName);

    /**
     * Tells whether changes to a class should invalidate caches, i.e. whether the fingerprint's walk continues into
     * it. JDK and library classes are not project code.
     *
     * @param internalName the class's internal name
     * @return {@code true} for project classes
     */
    boolean isProject(String internalName);

    /**
     * Lists the project classes this source can enumerate. The fingerprinter searches them for overrides of the
     * virtual and interface methods a fingerprinted method calls, so a class missing here can hide an override.
     *
     * @return internal names of project classes; may be empty
     */
    Iterable<String> projectClasses();

    /**
     * Returns the direct supertypes of a project class: its superclass, then its interfaces. The fingerprinter asks
     * this for every class of {@link #projectClasses()} to find subtypes; the default reads the class file, and the
     * built-in sources answer from an index they share across instances.
     *
     * @param internalName the class's internal name
     * @return superclass and interfaces as internal names; empty when the class is unknown or unreadable
     */
    default List<String> supertypes(String internalName) {
        byte[] classFile = classFile(internalName);
        return classFile == null ? List.of() : ClassHeader.supertypes(classFile).orElse(List.of());
    }

    /**
     * Classes seen through a class loader, typically the one passed to a {@code ClassFileTransformer}. Project code
     * is every class under the same class-path root (directory or jar) as {@code ownerInternalName}, plus every class
     * under a directory root: in a multi-module build, sibling modules' {@code target/classes} are directories, while
     * libraries come as jars.
     *
     * @param loader            the defining loader of the owner; {@code null} means the bootstrap loader
     * @param ownerInternalName the class whose methods are fingerprinted
     * @return a source that reads class files as resources of {@code loader}
     */
    static ClassSource forClassLoader(ClassLoader loader, String ownerInternalName) {
        return new ClassLoaderSource(loader == null ? ClassLoader.getPlatformClassLoader() : loader, ownerInternalName);
    }

    /**
     * Classes under a list of class-path roots, all of them project code, as a build plugin sees its output
     * directories. Classes outside these roots are unknown: the fingerprint does not walk into libraries anyway.
     *
     * @param projectRoots directories or jars of project classes, searched in order
     * @return a source that reads the roots directly
     */
    static ClassSource forClassPath(Collection<Path> projectRoots) {
        return new ClassPathSource(projectRoots);
    }
}
