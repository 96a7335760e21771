package dev.memoria.agent.fingerprint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Hashes the call graph bottom-up, one strongly connected component at a time. Methods that reach each other form one
 * component and are hashed as a unit, from their sorted local hashes and the sorted hashes of the components they
 * call. The result is the same whichever member is fingerprinted first; a walk with a visited set would cut a cycle
 * where it happened to enter it.
 */
final class ComponentHasher {

    private final CallGraph graph;
    private final ContentHasher content;
    private final Map<MethodRef, byte[]> hashes = new HashMap<>();

    ComponentHasher(CallGraph graph, ContentHasher content) {
        this.graph = graph;
        this.content = content;
    }

    /** The hash of the component of a project method, which covers every project method it reaches. */
    byte[] hashOf(MethodRef method) {
        if (!hashes.containsKey(method)) {
            // Components hashed by earlier calls are closed under reachability, so the walk can stop at them.
            StronglyConnectedComponents.forEach(method,
                    caller -> graph.callees(caller).stream().filter(callee -> !hashes.containsKey(callee)).toList(),
                    this::hashComponent);
        }
        return hashes.get(method);
    }

    private void hashComponent(List<MethodRef> members) {
        Set<MethodRef> memberSet = new HashSet<>(members);
        List<byte[]> memberHashes = new ArrayList<>();
        Set<byte[]> successorHashes = new TreeSet<>(Arrays::compareUnsigned);
        for (MethodRef member : members) {
            memberHashes.add(content.localHash(member));
            for (MethodRef callee : graph.callees(member)) {
                if (!memberSet.contains(callee)) {
                    successorHashes.add(hashes.get(callee)); // hashed already: Tarjan reports callees' components first
                }
            }
        }
        memberHashes.sort(Arrays::compareUnsigned);
        HashBuilder hash = new HashBuilder().putInt(memberHashes.size());
        memberHashes.forEach(hash::putBytes);
        hash.putInt(successorHashes.size());
        successorHashes.forEach(hash::putBytes);
        byte[] componentHash = hash.finish();
        members.forEach(member -> hashes.put(member, componentHash));
    }
}
