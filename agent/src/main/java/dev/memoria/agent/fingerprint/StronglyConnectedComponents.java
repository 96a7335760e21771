package dev.memoria.agent.fingerprint;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Tarjan's algorithm, iterative so that a deep call chain cannot overflow the stack of a class-loading thread.
 *
 * @param <N> the node type; needs {@code equals} and {@code hashCode}
 */
final class StronglyConnectedComponents<N> {

    private final Function<N, ? extends Collection<N>> successors;
    private final Consumer<List<N>> action;
    private final Map<N, Integer> indexes = new HashMap<>();
    private final Map<N, Integer> lowLinks = new HashMap<>();
    private final Deque<N> stack = new ArrayDeque<>();
    private final Set<N> onStack = new HashSet<>();
    private final Deque<Visit<N>> visits = new ArrayDeque<>();

    private StronglyConnectedComponents(Function<N, ? extends Collection<N>> successors, Consumer<List<N>> action) {
        this.successors = successors;
        this.action = action;
    }

    /**
     * Passes each strongly connected component reachable from {@code root} to {@code action}, each only after every
     * component it reaches (reverse topological order).
     */
    static <N> void forEach(N root, Function<N, ? extends Collection<N>> successors, Consumer<List<N>> action) {
        new StronglyConnectedComponents<>(successors, action).run(root);
    }

    private void run(N root) {
        enter(root);
        while (!visits.isEmpty()) {
            Visit<N> visit = visits.peek();
            if (visit.successors().hasNext()) {
                N successor = visit.successors().next();
                if (!indexes.containsKey(successor)) {
                    enter(successor);
                } else if (onStack.contains(successor)) {
                    lowLinks.merge(visit.node(), indexes.get(successor), Math::min);
                }
            } else {
                visits.pop();
                leave(visit.node());
            }
        }
    }

    private void enter(N node) {
        indexes.put(node, indexes.size());
        lowLinks.put(node, indexes.get(node));
        stack.push(node);
        onStack.add(node);
        visits.push(new Visit<>(node, successors.apply(node).iterator()));
    }

    private void leave(N node) {
        if (lowLinks.get(node).equals(indexes.get(node))) {
            List<N> component = new ArrayList<>();
            N member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(node));
            action.accept(component);
        }
        if (!visits.isEmpty()) {
            lowLinks.merge(visits.peek().node(), lowLinks.get(node), Math::min);
        }
    }

    private record Visit<N>(N node, Iterator<? extends N> successors) {
    }
}
