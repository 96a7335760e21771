package dev.memoria.agent.fingerprint;

import java.util.function.Consumer;

/**
 * Reading or writing a static field of a project class depends on that class's static initializer, which computes
 * the field's value. Compile-time constants need no edge: javac copies their value into the reader's code, where the
 * constant is hashed by value.
 */
final class StaticInitializerRule implements CalleeRule {

    private final ClassRepository classes;

    StaticInitializerRule(ClassRepository classes) {
        this.classes = classes;
    }

    @Override
    public void addCallees(MemberReference reference, Consumer<MethodRef> callees) {
        if (!reference.isStaticField()) {
            return;
        }
        classes.resolveField(reference.owner(), reference.name(), reference.descriptor())
                .filter(declaring -> declaring.field(reference.name(), reference.descriptor())
                        .filter(field -> field.value == null)
                        .isPresent())
                .map(declaring -> MethodRef.staticInitializerOf(declaring.name()))
                .filter(initializer -> classes.method(initializer).isPresent())
                .ifPresent(callees);
    }
}
