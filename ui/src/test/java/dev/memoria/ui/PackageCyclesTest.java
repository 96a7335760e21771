package dev.memoria.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The toolkit's packages form a directed acyclic graph: value types (elements, layouts, widgets) and plain-data
 * helpers below the tree, HTML and server internals, the {@code St} facade on top.
 *
 * <p>The runtime has the same check (its {@code dev.memoria.internal.PackageCyclesTest}); this is a second, shorter
 * one on purpose, since ui may not depend on runtime and sharing test code would need a test-jar. It reads each
 * class file's bytes as Latin-1 and finds the toolkit's class names in them: every name a class refers to (class
 * constants, descriptors, generic signatures) is an ASCII entry of its constant pool, so a plain search finds them
 * all without decoding the pool.
 */
class PackageCyclesTest {

    private static final Pattern TOOLKIT_CLASS = Pattern.compile("dev/memoria/ui/[\\w/$]+");

    @Test
    void theToolkitsPackagesFormNoCycle() throws IOException, URISyntaxException {
        Path root = Path.of(St.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(Files.isDirectory(root)).as("the toolkit's classes are a directory: %s", root).isTrue();
        Map<String, Set<String>> imports = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
                String from = packageOf(root.relativize(file).toString().replace('\\', '/'));
                Set<String> targets = imports.computeIfAbsent(from, key -> new TreeSet<>());
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                Matcher names = TOOLKIT_CLASS.matcher(bytes);
                while (names.find()) {
                    targets.add(packageOf(names.group()));
                }
                targets.remove(from);
            }
        }

        assertThat(imports).as("packages read").containsKeys("dev.memoria.ui", "dev.memoria.ui.element",
                                                              "dev.memoria.ui.internal.data");
        assertThat(packagesOnCycles(imports)).as("packages on a cycle; dependencies: %s", imports).isEmpty();
    }

    @Test
    void aCycleIsFound() {
        Map<String, Set<String>> graph = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));

        assertThat(packagesOnCycles(graph)).containsExactly("a", "b", "c");
    }

    private static String packageOf(String internalName) {
        return internalName.substring(0, internalName.lastIndexOf('/')).replace('/', '.');
    }

    /** The packages that reach themselves through their dependencies (a few dozen nodes: a search from each). */
    private static Set<String> packagesOnCycles(Map<String, Set<String>> graph) {
        Set<String> onCycles = new TreeSet<>();
        for (String start : graph.keySet()) {
            Deque<String> next = new ArrayDeque<>(graph.get(start));
            Set<String> seen = new HashSet<>();
            while (!next.isEmpty()) {
                String node = next.pop();
                if (node.equals(start)) {
                    onCycles.add(start);
                    break;
                }
                if (seen.add(node)) {
                    next.addAll(graph.getOrDefault(node, Set.of()));
                }
            }
        }
        return onCycles;
    }
}
