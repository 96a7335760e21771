package dev.memoria.agent.fingerprint;

import java.util.Optional;
import java.util.function.Consumer;

import static org.objectweb.asm.Opcodes.ACC_FINAL;
import static org.objectweb.asm.Opcodes.ACC_PRIVATE;
import static org.objectweb.asm.Opcodes.ACC_STATIC;

/**
 * A call, or a method handle, depends on the project method it resolves to. When it is dispatched on the receiver
 * (invokevirtual, invokeinterface) on a project type, it also depends on what every project subtype would run instead:
 * editing an override must invalidate callers of the overridden method.
 */
final class InvocationRule implements CalleeRule {

    private final ClassRepository classes;
    private final TypeHierarchy hierarchy;

    InvocationRule(ClassRepository classes, TypeHierarchy hierarchy) {
        this.classes = classes;
        this.hierarchy = hierarchy;
    }

    @Override
    public void addCallees(MemberReference reference, Consumer<MethodRef> callees) {
        if (!reference.isMethod()) {
            return;
        }
        Optional<MethodRef> resolved =
                classes.resolveMethod(reference.owner(), reference.name(), reference.descriptor());
        resolved.ifPresent(callees);
        boolean dispatched = reference.isVirtual()
                && classes.find(reference.owner()).isPresent()
                && resolved.map(this::isOverridable).orElse(true);
        if (dispatched) {
            // Resolving from each subtype also finds implementations a subtype inherits from an unrelated superclass.
            for (String subtype : hierarchy.subtypes(reference.owner())) {
                classes.resolveMethod(subtype, reference.name(), reference.descriptor()).ifPresent(callees);
            }
        }
    }

    private boolean isOverridable(MethodRef method) {
        int methodAccess = classes.method(method).orElseThrow().access;
        int classAccess = classes.find(method.owner()).orElseThrow().access();
        return (methodAccess & (ACC_PRIVATE | ACC_STATIC | ACC_FINAL)) == 0 && (classAccess & ACC_FINAL) == 0;
    }
}
