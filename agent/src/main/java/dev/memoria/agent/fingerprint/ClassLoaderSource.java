package dev.memoria.agent.fingerprint;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Classes seen as resources of a class loader; see {@link ClassSource#forClassLoader}. Class-path roots are told
 * apart by URL: a class's root is its resource URL without the class's own path, e.g. {@code file:/app/classes/} or
 * {@code jar:file:/app/lib/helper.jar!/}.
 */
final class ClassLoaderSource implements ClassSource {

    private static final String FILE_URL = "file:";
    private static final String JAR_URL = "jar:";
    private static final String JAR_SEPARATOR = "!/";

    private final ClassLoader loader;
    private final String ownerRoot;
    private final Map<String, Optional<String>> rootsByClass = new HashMap<>();
    /** Project roots by URL, taken once per source, so that one fingerprinter sees one state of the roots. */
    private Map<String, RootIndex> projectIndexes;

    ClassLoaderSource(ClassLoader loader, String ownerInternalName) {
        this.loader = loader;
        this.ownerRoot = rootOf(ownerInternalName).orElse(null);
    }

    @Override
    public byte[] classFile(String internalName) {
        try (InputStream in = loader.getResourceAsStream(internalName + ClassPathRoot.CLASS_SUFFIX)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException unreadable) {
            return null;
        }
    }

    @Override
    public boolean isProject(String internalName) {
        Optional<String> root = rootOf(internalName);
        return root.isPresent() && isProjectRoot(root.get());
    }

    @Override
    public Iterable<String> projectClasses() {
        Set<String> classes = new LinkedHashSet<>();
        projectIndexes().values().forEach(index -> classes.addAll(index.classes()));
        return classes;
    }

    /** Answers from the project indexes without a resource lookup: the fingerprinter asks for every project class. */
    @Override
    public List<String> supertypes(String internalName) {
        for (RootIndex index : projectIndexes().values()) {
            if (index.contains(internalName)) {
                return index.supertypes().get(internalName);
            }
        }
        return ClassSource.super.supertypes(internalName);
    }

    /** A {@code file:} class resource lies in a directory root; other roots, except the owner's, are libraries. */
    private boolean isProjectRoot(String rootUrl) {
        return rootUrl.equals(ownerRoot) || rootUrl.startsWith(FILE_URL);
    }

    // no lambdas here: they would spin classes on the first cached call of every JVM
    private Optional<String> rootOf(String internalName) {
        Optional<String> root = rootsByClass.get(internalName);
        if (root == null) {
            URL resource = loader.getResource(internalName + ClassPathRoot.CLASS_SUFFIX);
            root = resource == null ? Optional.empty() : Optional.of(rootUrl(resource.toExternalForm(), internalName));
            rootsByClass.put(internalName, root);
        }
        return root;
    }

    /**
     * Strips as many path segments from the resource URL as the class name has. Counting segments rather than
     * matching the name keeps this right when the loader percent-encodes characters of the name.
     */
    private static String rootUrl(String resourceUrl, String internalName) {
        int end = resourceUrl.length();
        for (int segments = internalName.split("/").length; segments > 0; segments--) {
            end = resourceUrl.lastIndexOf('/', end - 1);
            if (end < 0) {
                return resourceUrl; // not a hierarchical URL: the class is a root of its own
            }
        }
        return resourceUrl.substring(0, end + 1);
    }

    private Map<String, RootIndex> projectIndexes() {
        if (projectIndexes == null) {
            Set<String> roots = new LinkedHashSet<>();
            if (ownerRoot != null) {
                roots.add(ownerRoot);
            }
            roots.addAll(directoryRoots());
            Map<String, RootIndex> indexes = new LinkedHashMap<>();
            for (String root : roots) {
                enumerableRoot(root).ifPresent(enumerable -> indexes.put(root, enumerable.index()));
            }
            projectIndexes = indexes;
        }
        return projectIndexes;
    }

    /** For the empty resource name, class loaders list their directory roots (a jar has no entry named ""). */
    private List<String> directoryRoots() {
        try {
            return Collections.list(loader.getResources("")).stream()
                    .map(URL::toExternalForm)
                    .filter(url -> url.startsWith(FILE_URL))
                    .toList();
        } catch (IOException unreadable) {
            return List.of();
        }
    }

    /**
     * The directory or jar behind a root URL. Other roots, such as jars nested in jars or {@code jrt:} modules, cannot
     * be enumerated: their classes still count as project code when they are the owner's, but their overrides are not
     * searched.
     */
    private static Optional<ClassPathRoot> enumerableRoot(String rootUrl) {
        String fileUrl = rootUrl.startsWith(JAR_URL) && rootUrl.endsWith(JAR_SEPARATOR)
                ? rootUrl.substring(JAR_URL.length(), rootUrl.length() - JAR_SEPARATOR.length())
                : rootUrl;
        if (!fileUrl.startsWith(FILE_URL) || fileUrl.contains(JAR_SEPARATOR)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ClassPathRoot.of(Path.of(URI.create(fileUrl))));
        } catch (IllegalArgumentException | FileSystemNotFoundException notAPath) {
            return Optional.empty();
        }
    }
}
