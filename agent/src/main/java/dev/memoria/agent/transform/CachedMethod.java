package dev.memoria.agent.transform;

import dev.memoria.internal.policy.CacheSpec;
import org.objectweb.asm.Opcodes;

import java.util.List;
import java.util.Map;

/**
 * A method marked for caching, as read from its class file: the annotation's attributes (still unvalidated),
 * parameter names and which parameters are {@code @Unhashed}.
 */
final class CachedMethod {

    private final int access;
    private final String name;
    private final String descriptor;
    private final List<CacheSpec.Kind> kinds;
    private final Map<String, Object> attributes;
    private final List<String> parameterNames;
    private final boolean namesDeclared;
    private final boolean[] unhashed;
    private final boolean receiverUnhashed;

    CachedMethod(int access, String name, String descriptor, List<CacheSpec.Kind> kinds,
                 Map<String, Object> attributes, List<String> parameterNames, boolean namesDeclared,
                 boolean[] unhashed, boolean receiverUnhashed) {
        this.access = access;
        this.name = name;
        this.descriptor = descriptor;
        this.kinds = List.copyOf(kinds);
        this.attributes = Map.copyOf(attributes);
        this.parameterNames = List.copyOf(parameterNames);
        this.namesDeclared = namesDeclared;
        this.unhashed = unhashed.clone();
        this.receiverUnhashed = receiverUnhashed;
    }

    String name() {
        return name;
    }

    String descriptor() {
        return descriptor;
    }

    /** {@code name + descriptor}, as fingerprints and member lookups key methods. */
    String key() {
        return name + descriptor;
    }

    boolean isStatic() {
        return (access & Opcodes.ACC_STATIC) != 0;
    }

    boolean hasBody() {
        return (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) == 0;
    }

    /** The cache annotations on the method: one, unless it is (wrongly) annotated twice. */
    List<CacheSpec.Kind> kinds() {
        return kinds;
    }

    /** Annotation attributes as ASM reports them: strings, boxed primitives, enum constant names, lists. */
    Map<String, Object> attributes() {
        return attributes;
    }

    List<String> parameterNames() {
        return parameterNames;
    }

    /** Whether the names come from a {@code MethodParameters} attribute ({@code -parameters}). */
    boolean namesDeclared() {
        return namesDeclared;
    }

    boolean[] unhashed() {
        return unhashed.clone();
    }

    boolean receiverUnhashed() {
        return receiverUnhashed;
    }
}
