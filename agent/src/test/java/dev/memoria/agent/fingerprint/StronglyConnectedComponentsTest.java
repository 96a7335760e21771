package dev.memoria.agent.fingerprint;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class StronglyConnectedComponentsTest {

    @Test
    void reportsEachComponentAfterTheComponentsItReaches() {
        Map<String, List<String>> graph = Map.of(
                "a", List.of("b"),
                "b", List.of("c"),
                "c", List.of("a", "d"),
                "d", List.of("e"),
                "e", List.of("d", "f"),
                "f", List.of("f"),
                "unreachable", List.of("a"));

        List<Set<String>> components = componentsFrom("a", graph);

        assertThat(components).containsExactly(Set.of("f"), Set.of("d", "e"), Set.of("a", "b", "c"));
    }

    @Test
    void survivesAChainDeeperThanTheThreadStack() {
        int depth = 200_000;
        List<Set<Integer>> components = new ArrayList<>();

        StronglyConnectedComponents.forEach(0, node -> node < depth ? List.of(node + 1) : List.of(),
                component -> components.add(Set.copyOf(component)));

        assertThat(components).hasSize(depth + 1);
        assertThat(components.get(0)).containsExactly(depth);
    }

    private static List<Set<String>> componentsFrom(String root, Map<String, List<String>> graph) {
        List<Set<String>> components = new ArrayList<>();
        StronglyConnectedComponents.forEach(root, graph::get, component -> components.add(Set.copyOf(component)));
        return components;
    }
}
