package dev.memoria.agent.fingerprint;

import org.objectweb.asm.tree.AbstractInsnNode;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The project methods each project method depends on, as the callee rules find them in its code; found once per
 * method.
 */
final class CallGraph {

    private final ClassRepository classes;
    private final List<CalleeRule> rules;
    private final Map<MethodRef, Set<MethodRef>> callees = new HashMap<>();

    CallGraph(ClassRepository classes, List<CalleeRule> rules) {
        this.classes = classes;
        this.rules = List.copyOf(rules);
    }

    /** The callees of a project method; every callee is a project method that {@link ClassRepository#method} finds. */
    Set<MethodRef> callees(MethodRef caller) {
        return callees.computeIfAbsent(caller, this::findCallees);
    }

    private Set<MethodRef> findCallees(MethodRef caller) {
        Set<MethodRef> found = new LinkedHashSet<>();
        for (AbstractInsnNode instruction : classes.method(caller).orElseThrow().instructions) {
            MemberReference.forEachIn(instruction,
                    reference -> rules.forEach(rule -> rule.addCallees(reference, found::add)));
        }
        return Collections.unmodifiableSet(found); // in code order, which keeps walks reproducible
    }
}
