package dev.memoria.agent.rules;

import org.objectweb.asm.Opcodes;

import java.util.List;

/** The rules whose class pattern matches one class: what remains to match against its methods. */
public final class ClassRules {

    static final ClassRules NONE = new ClassRules(List.of());

    /**
     * Methods no rule ever caches: bridges and synthetic methods (the compiler's copies and lambda bodies; caching
     * them would cache twice), and abstract and native methods, which have no body.
     */
    private static final int NEVER = Opcodes.ACC_BRIDGE | Opcodes.ACC_SYNTHETIC | Opcodes.ACC_ABSTRACT
                                     | Opcodes.ACC_NATIVE;

    private final List<CacheRule> rules;

    ClassRules(List<CacheRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /**
     * The rules that match a method of the class, in file order. Constructors, static initializers, bridges,
     * synthetic, abstract and native methods match none.
     *
     * @param access     the method's access flags, as ASM reports them
     * @param name       the method's name
     * @param descriptor the method's descriptor
     */
    public List<CacheRule> forMethod(int access, String name, String descriptor) {
        if (rules.isEmpty() || (access & NEVER) != 0 || name.startsWith("<")) {
            return List.of();
        }
        return rules.stream().filter(rule -> rule.matchesMethod(name, descriptor)).toList();
    }
}
