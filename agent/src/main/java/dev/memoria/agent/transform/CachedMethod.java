package dev.memoria.agent.transform;

import dev.memoria.agent.rules.CacheRule;
import dev.memoria.internal.policy.CacheSpec;
import org.objectweb.asm.Opcodes;

import java.util.List;
import java.util.Map;

/**
 * A method marked for caching, as read from its class file: the annotation's attributes (still unvalidated),
 * parameter names, which parameters are {@code @Unhashed}, and the rules-file rules that match it.
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
    private final List<CacheRule> rules;

    CachedMethod(int access, String name, String descriptor, List<CacheSpec.Kind> kinds,
                 Map<String, Object> attributes, List<String> parameterNames, boolean namesDeclared,
                 boolean[] unhashed, boolean receiverUnhashed, List<CacheRule> rules) {
        this.access = access;
        this.name = name;
        this.descriptor = descriptor;
        this.kinds = List.copyOf(kinds);
        this.attributes = Map.copyOf(attributes);
        this.parameterNames = List.copyOf(parameterNames);
        this.namesDeclared = namesDeclared;
        this.unhashed = unhashed.clone();
        this.receiverUnhashed = receiverUnhashed;
        this.rules = List.copyOf(rules);
    }

    /** This method as its rules configure it (see {@link RuleOverlay}), with no rules left to apply. */
    CachedMethod configured(CacheSpec.Kind kind, Map<String, Object> configuredAttributes, boolean[] configuredUnhashed,
                            boolean configuredReceiverUnhashed) {
        return new CachedMethod(access, name, descriptor, List.of(kind), configuredAttributes, parameterNames,
                namesDeclared, configuredUnhashed, configuredReceiverUnhashed, List.of());
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

    /** The cache annotations on the method: none when only rules cache it, one, or (wrongly) two. */
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

    /** The rules that match the method, in file order. */
    List<CacheRule> rules() {
        return rules;
    }
}
