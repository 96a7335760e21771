package dev.memoria.agent.fingerprint;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Project classes under a list of directories and jars; see {@link ClassSource#forClassPath}. */
final class ClassPathSource implements ClassSource {

    private final List<ClassPathRoot> roots;
    /** Taken once per source, so that one fingerprinter sees one state of the roots. */
    private List<RootIndex> indexes;

    ClassPathSource(Collection<Path> projectRoots) {
        this.roots = projectRoots.stream().map(ClassPathRoot::of).toList();
    }

    @Override
    public byte[] classFile(String internalName) {
        int root = rootIndexOf(internalName);
        if (root < 0) {
            return null;
        }
        try {
            return roots.get(root).read(internalName);
        } catch (IOException unreadable) {
            return null;
        }
    }

    @Override
    public boolean isProject(String internalName) {
        return rootIndexOf(internalName) >= 0;
    }

    @Override
    public Iterable<String> projectClasses() {
        Set<String> classes = new LinkedHashSet<>();
        indexes().forEach(index -> classes.addAll(index.classes()));
        return classes;
    }

    @Override
    public List<String> supertypes(String internalName) {
        int root = rootIndexOf(internalName);
        return root < 0 ? List.of() : indexes().get(root).supertypes().get(internalName);
    }

    /** The position of the first root holding the class, as the class path would resolve it, or -1. */
    private int rootIndexOf(String internalName) {
        List<RootIndex> indexes = indexes();
        for (int root = 0; root < indexes.size(); root++) {
            if (indexes.get(root).contains(internalName)) {
                return root;
            }
        }
        return -1;
    }

    private List<RootIndex> indexes() {
        if (indexes == null) {
            indexes = roots.stream().map(ClassPathRoot::index).toList();
        }
        return indexes;
    }
}
