package dev.memoria.agent.fingerprint;

import org.objectweb.asm.tree.AbstractInsnNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The project methods each project method depends on, as the callee rules find them in its code, and the hidden reads
 * in its code (see {@link HiddenReadScanner}); both found once per method, in one pass over its instructions.
 */
final class CallGraph {

    private final ClassRepository classes;
    private final List<CalleeRule> rules;
    private final HiddenReadScanner scanner;
    private final Map<MethodRef, Set<MethodRef>> callees = new HashMap<>();
    private final Map<MethodRef, List<HiddenRead>> reads = new HashMap<>();

    CallGraph(ClassRepository classes, List<CalleeRule> rules) {
        this.classes = classes;
        this.rules = List.copyOf(rules);
        this.scanner = new HiddenReadScanner(classes);
    }

    /** The callees of a project method; every callee is a project method that {@link ClassRepository#method} finds. */
    Set<MethodRef> callees(MethodRef caller) {
        return callees.computeIfAbsent(caller, this::findCallees);
    }

    /** The hidden reads in the code of a project method itself (not of its callees), in code order. */
    List<HiddenRead> hiddenReads(MethodRef method) {
        callees(method);
        return reads.get(method);
    }

    private Set<MethodRef> findCallees(MethodRef caller) {
        Set<MethodRef> found = new LinkedHashSet<>();
        List<HiddenRead> hidden = new ArrayList<>();
        for (AbstractInsnNode instruction : classes.method(caller).orElseThrow().instructions) {
            MemberReference.forEachIn(instruction,
                    reference -> rules.forEach(rule -> rule.addCallees(reference, found::add)));
            scanner.scan(caller, instruction, hidden::add);
        }
        reads.put(caller, hidden.isEmpty() ? List.of() : List.copyOf(hidden));
        return Collections.unmodifiableSet(found); // in code order, which keeps walks reproducible
    }
}
