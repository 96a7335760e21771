package dev.memoria.agent.rules;

import dev.memoria.agent.report.Messages;
import dev.memoria.internal.policy.CacheSpec;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The word a rule starts with. Each kind is cached like its annotation ({@link ToolkitRule#KIND} lines describe a UI
 * toolkit instead); an unknown word is an error that lists the known ones.
 */
final class RuleKinds {

    private static final Map<String, CacheSpec.Kind> BY_KEYWORD = Map.of(
            keyword(CacheSpec.Kind.DATA), CacheSpec.Kind.DATA,
            keyword(CacheSpec.Kind.RESOURCE), CacheSpec.Kind.RESOURCE);

    private static final List<String> KINDS = List.of(keyword(CacheSpec.Kind.DATA),
            keyword(CacheSpec.Kind.RESOURCE), ToolkitRule.KIND);

    private RuleKinds() {
    }

    /** @throws InvalidRuleException naming the known kinds */
    static CacheSpec.Kind of(String word) {
        CacheSpec.Kind kind = BY_KEYWORD.get(word);
        if (kind == null) {
            throw new InvalidRuleException(Messages.unknownRuleKind(Limits.excerpt(word),
                    Suggestions.didYouMean(word, KINDS)));
        }
        return kind;
    }

    /** {@code data} or {@code resource}. */
    static String keyword(CacheSpec.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
