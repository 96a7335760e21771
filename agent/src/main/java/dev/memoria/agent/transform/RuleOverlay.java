package dev.memoria.agent.transform;

import dev.memoria.CacheConfigurationException;
import dev.memoria.agent.report.Messages;
import dev.memoria.agent.rules.CacheRule;
import dev.memoria.internal.policy.CacheSpec;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Applies the rules that match a method on top of its annotation. A rule sets the attributes it names and leaves the
 * others as the annotation (or the defaults) has them; later rules override earlier ones the same way, so operations
 * can change a {@code ttl} without a recompile. {@code unhashed} adds to {@code @Unhashed}. The kind cannot change:
 * a rule of another kind than the annotation, or than an earlier rule, is a configuration error.
 */
final class RuleOverlay {

    private RuleOverlay() {
    }

    /** The method's name for messages: with the rules that configure it, so a reader knows where to look. */
    static String describe(CachedMethod method, String displayName) {
        if (method.rules().isEmpty()) {
            return displayName;
        }
        return displayName + " (" + (method.rules().size() == 1 ? "rule " : "rules ")
               + method.rules().stream().map(CacheRule::origin).collect(Collectors.joining(", ")) + ")";
    }

    /**
     * @param method         the method as scanned
     * @param parameterNames its parameter names, for {@code unhashed} by name
     * @param name           the method's name for messages
     * @return the method as its rules configure it; the method itself when no rule matches it, or when it carries
     *         both annotations (an error the spec reader reports)
     * @throws CacheConfigurationException for a change of kind, or an {@code unhashed} naming no parameter
     */
    static CachedMethod apply(CachedMethod method, List<String> parameterNames, String name) {
        if (method.rules().isEmpty() || method.kinds().size() > 1) {
            return method;
        }
        CacheSpec.Kind kind = method.kinds().isEmpty() ? method.rules().get(0).kind() : method.kinds().get(0);
        Map<String, Object> attributes = new HashMap<>(method.attributes());
        boolean[] unhashed = method.unhashed();
        boolean receiverUnhashed = method.receiverUnhashed();
        for (CacheRule rule : method.rules()) {
            if (rule.kind() != kind) {
                throw kindChange(method, rule, kind, name);
            }
            attributes.putAll(rule.attributes());
            rule.unhashed().mark(unhashed, parameterNames, method.isStatic(), name);
            receiverUnhashed |= rule.unhashed().receiver();
        }
        return method.configured(kind, attributes, unhashed, receiverUnhashed);
    }

    private static CacheConfigurationException kindChange(CachedMethod method, CacheRule rule, CacheSpec.Kind kind,
                                                          String name) {
        boolean annotated = !method.kinds().isEmpty();
        String first = annotated ? "it is annotated " + kind.annotation()
                : "the rule at " + method.rules().get(0).origin() + " caches it as " + keyword(kind);
        return new CacheConfigurationException(name, Messages.kindChange(first, annotated, keyword(kind),
                rule.origin(), keyword(rule.kind())));
    }

    private static String keyword(CacheSpec.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
