package dev.memoria.agent.rules;

import dev.memoria.internal.policy.CacheSpec;

import java.util.Map;

/**
 * One line of a rules file: methods matching a pattern are cached with the kind and attributes given, as if they
 * were annotated.
 */
public final class CacheRule {

    private final CacheSpec.Kind kind;
    private final MethodPattern pattern;
    private final Map<String, Object> attributes;
    private final UnhashedParameters unhashed;
    private final String origin;

    CacheRule(CacheSpec.Kind kind, MethodPattern pattern, Map<String, Object> attributes,
              UnhashedParameters unhashed, String origin) {
        this.kind = kind;
        this.pattern = pattern;
        this.attributes = Map.copyOf(attributes);
        this.unhashed = unhashed;
        this.origin = origin;
    }

    public CacheSpec.Kind kind() {
        return kind;
    }

    /**
     * The attributes the line sets, in their annotation form (see
     * {@link dev.memoria.internal.policy.Attribute.Form}); no defaults.
     */
    public Map<String, Object> attributes() {
        return attributes;
    }

    /** The arguments the line leaves out of the key. */
    public UnhashedParameters unhashed() {
        return unhashed;
    }

    /** Where the rule is written, {@code <file>:<line>}, for messages. */
    public String origin() {
        return origin;
    }

    /**
     * Whether the pattern names its methods without a wildcard in the class or method name (a parameter list may
     * still pick among overloads). Only such a rule caches a method that returns nothing or changes its arguments:
     * its author chose that method.
     */
    public boolean namesExactly() {
        String text = pattern.toString();
        int open = text.indexOf('(');
        return !(open < 0 ? text : text.substring(0, open)).contains("*");
    }

    /** The method pattern as written. */
    public String pattern() {
        return pattern.toString();
    }

    /** @param className the class's binary ({@code com.acme.Outer$Inner}) or internal name */
    boolean matchesClass(String className) {
        return pattern.matchesClass(className);
    }

    ClassPattern classPattern() {
        return pattern.owner();
    }

    boolean matchesMethod(String name, String descriptor) {
        return pattern.matchesMethod(name, descriptor);
    }

    @Override
    public String toString() {
        return origin + ": " + RuleKinds.keyword(kind) + " " + pattern;
    }
}
