package dev.memoria.agent.fingerprint;

import dev.memoria.internal.site.Manifest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;

/**
 * Walks a fingerprint's closure breadth first from the cached method, so that each member is named with the shortest
 * call path that reaches it, and records each member's own digest: the {@link Manifest}.
 *
 * <p>Member ids survive recompiling unchanged code: {@code owner.name(descriptor)} with the owner's internal name; a
 * lambda or synthetic method as its caller's id followed by {@code " lambda#n"} or {@code " synthetic#n"}, a method of
 * a local or anonymous class as {@code " class#n.name(desc)"} after the id of the member that refers to the class,
 * numbered in code order, never by the compiler's names.
 */
final class ManifestWalk {

    /**
     * Members itemized; the manifest travels in the woven class as a constant of at most 64 KiB, so a huge closure
     * keeps its closest members only, and a digest over the others.
     */
    static final int MAX_MEMBERS = 200;

    private static final int DIGEST_BYTES = 8;

    private final ClassRepository classes;
    private final CallGraph graph;
    private final ContentHasher content;

    ManifestWalk(ClassRepository classes, CallGraph graph, ContentHasher content) {
        this.classes = classes;
        this.graph = graph;
        this.content = content;
    }

    Manifest of(MethodRef method) {
        List<Manifest.Member> members = new ArrayList<>();
        List<String> omitted = new ArrayList<>();
        Set<MethodRef> seen = new HashSet<>(Set.of(method));
        Queue<Reached> queue = new ArrayDeque<>(List.of(new Reached(method, method.toString(), -1)));
        while (!queue.isEmpty()) {
            Reached next = queue.remove();
            String digest = HashBuilder.hex(Arrays.copyOf(content.ownHash(next.method()), DIGEST_BYTES));
            // Breadth first: once the list is full, every later member is omitted, but still walked, so that the
            // omitted digest covers the whole closure.
            int index = members.size() < MAX_MEMBERS ? members.size() : -1;
            if (index < 0) {
                omitted.add(next.id() + '=' + digest);
            } else {
                members.add(new Manifest.Member(next.id(), digest, next.parent()));
            }
            int synthetic = 0;
            Map<String, Integer> localClasses = new HashMap<>();
            for (MethodRef callee : graph.callees(next.method())) {
                if (!seen.add(callee)) {
                    continue;
                }
                String id;
                if (classes.isLocalOrAnonymous(callee.owner())) {
                    int ordinal = localClasses.computeIfAbsent(callee.owner(), owner -> localClasses.size() + 1);
                    id = next.id() + " class#" + ordinal + '.' + callee.key();
                } else if (classes.isSynthetic(callee)) {
                    id = next.id() + (callee.name().startsWith("lambda$") ? " lambda#" : " synthetic#") + ++synthetic;
                } else {
                    id = callee.toString();
                }
                queue.add(new Reached(callee, id, index));
            }
        }
        if (omitted.isEmpty()) {
            return new Manifest(members, 0, "");
        }
        omitted.sort(Comparator.naturalOrder());
        HashBuilder hash = new HashBuilder().putInt(omitted.size());
        omitted.forEach(hash::putString);
        return new Manifest(members, omitted.size(), HashBuilder.hex(Arrays.copyOf(hash.finish(), DIGEST_BYTES)));
    }

    private record Reached(MethodRef method, String id, int parent) {
    }
}
