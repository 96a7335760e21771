package dev.memoria.internal;

import org.junit.jupiter.api.Test;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's packages form a directed acyclic graph (docs/architecture.md): site data at the bottom; values, keys,
 * flights and copies above; stores above those; caches above stores; the call path above caches; wiring and the
 * facade at the top. Read from the compiled classes' constant pools, so a reference only in a descriptor or a
 * generic signature counts too. The public package {@code dev.memoria} is left out: it holds both the facade (which
 * reaches the engine) and the annotations, enums and exceptions every layer may use.
 */
class PackageCyclesTest {

    private static final String ENGINE = "dev/memoria/internal";
    private static final Pattern TYPE_IN_TEXT = Pattern.compile("L(dev/memoria/internal/[\\w/$]+);");

    @Test
    void theEnginesPackagesFormNoCycle() throws IOException, URISyntaxException {
        Map<String, Set<String>> imports = packageGraph(classesRoot());

        assertThat(imports).as("packages read").containsKeys("dev.memoria.internal.call", "dev.memoria.internal.store");
        assertThat(cycles(imports)).as("package cycles; dependencies: %s", imports).isEmpty();
    }

    @Test
    void aCycleIsFound() {
        Map<String, Set<String>> graph = new TreeMap<>(Map.of(
                "a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a")));

        assertThat(cycles(graph)).containsExactly(List.of("a", "b", "c"));
    }

    private static Path classesRoot() throws URISyntaxException {
        Path settings = Path.of(Settings.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(Files.isDirectory(settings)).as("the engine's classes are a directory: %s", settings).isTrue();
        return settings;
    }

    private static Map<String, Set<String>> packageGraph(Path root) throws IOException {
        Map<String, Set<String>> imports = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root.resolve(ENGINE))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
                String from = packageOf(root.relativize(file).toString().replace('\\', '/'));
                Set<String> targets = imports.computeIfAbsent(from, key -> new TreeSet<>());
                try (InputStream in = Files.newInputStream(file)) {
                    for (String type : referencedTypes(in)) {
                        String to = packageOf(type);
                        if (to.startsWith(ENGINE.replace('/', '.')) && !to.equals(from)) {
                            targets.add(to);
                        }
                    }
                }
            }
        }
        return imports;
    }

    private static String packageOf(String internalName) {
        return internalName.substring(0, internalName.lastIndexOf('/')).replace('/', '.');
    }

    /** The internal names of the types a class file refers to: its class constants and the types in its texts. */
    private static Set<String> referencedTypes(InputStream classFile) throws IOException {
        DataInputStream in = new DataInputStream(classFile);
        in.readInt(); // magic
        in.readUnsignedShort(); // minor
        in.readUnsignedShort(); // major
        int count = in.readUnsignedShort();
        String[] texts = new String[count];
        List<Integer> classNameIndices = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> texts[i] = in.readUTF();
                case 7 -> classNameIndices.add(in.readUnsignedShort());
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 15 -> in.skipBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++; // eight-byte constants take two slots
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        Set<String> types = new TreeSet<>();
        for (int index : classNameIndices) {
            String name = texts[index];
            if (!name.startsWith("[")) {
                types.add(name);
            }
        }
        for (String text : texts) {
            if (text != null) {
                Matcher matcher = TYPE_IN_TEXT.matcher(text);
                while (matcher.find()) {
                    types.add(matcher.group(1));
                }
            }
        }
        return types;
    }

    /** Every strongly connected set of more than one package, each as a sorted list (Tarjan's algorithm). */
    private static List<List<String>> cycles(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new TreeMap<>();
        Map<String, Integer> low = new TreeMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<List<String>> cycles = new ArrayList<>();
        for (String node : graph.keySet()) {
            if (!index.containsKey(node)) {
                connect(node, graph, index, low, stack, onStack, cycles);
            }
        }
        return cycles;
    }

    private static void connect(String node, Map<String, Set<String>> graph, Map<String, Integer> index,
                                Map<String, Integer> low, Deque<String> stack, Set<String> onStack,
                                List<List<String>> cycles) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.push(node);
        onStack.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            if (!index.containsKey(next)) {
                connect(next, graph, index, low, stack, onStack, cycles);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            List<String> component = new ArrayList<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(node));
            if (component.size() > 1) {
                component.sort(null);
                cycles.add(component);
            }
        }
    }
}
