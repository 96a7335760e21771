package dev.memoria.agent.rules;

import dev.memoria.agent.report.Messages;
import dev.memoria.internal.policy.Attribute;
import dev.memoria.internal.policy.Attributes;
import dev.memoria.internal.policy.CacheSpec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the text of a rule's attribute as the value its annotation would hold, by the form the attribute table gives
 * it: text, a whole number, {@code true}/{@code false}, an enum constant (in any case), class names separated by
 * commas, or texts separated by commas ({@code inputs}). Whether the value makes sense ({@code ttl} a duration, {@code maxEntries} not 0) is the table's to say, as
 * for annotations.
 */
final class AttributeValues {

    static final String UNHASHED = "unhashed";

    private AttributeValues() {
    }

    /** Every attribute a rule of this kind takes, in alphabetical order. */
    static Set<String> names(CacheSpec.Kind kind) {
        Set<String> names = new TreeSet<>();
        Attributes.all().stream().filter(attribute -> attribute.appliesTo(kind)).map(Attribute::name)
                .forEach(names::add);
        names.add(UNHASHED);
        return names;
    }

    /**
     * @param kind  the rule's kind
     * @param name  an attribute of {@code kind} other than {@code unhashed}
     * @param value its text, without quotes
     * @throws InvalidRuleException for an attribute of another kind or a value of the wrong form
     */
    static Object parse(CacheSpec.Kind kind, String name, String value) {
        Attribute<?> attribute = Attributes.named(name).orElse(null);
        if (attribute == null) {
            throw unknown(kind, name);
        }
        if (!attribute.appliesTo(kind)) {
            CacheSpec.Kind other = kind == CacheSpec.Kind.DATA ? CacheSpec.Kind.RESOURCE : CacheSpec.Kind.DATA;
            throw new InvalidRuleException(Messages.attributeOfOtherKind(name, RuleKinds.keyword(other),
                    kind.annotation()));
        }
        return switch (attribute.form()) {
            case TEXT -> value;
            case WHOLE_NUMBER -> wholeNumber(name, value);
            case FLAG -> bool(name, value);
            case CONSTANT -> constant(name, value, attribute.constants().getEnumConstants());
            case CLASS_NAMES -> classNames(name, value);
            case TEXTS -> texts(value);
        };
    }

    private static InvalidRuleException unknown(CacheSpec.Kind kind, String name) {
        return new InvalidRuleException(Messages.unknownRuleAttribute(Limits.excerpt(name),
                Suggestions.didYouMean(name, names(kind)), RuleKinds.keyword(kind), names(kind)));
    }

    private static Integer wholeNumber(String name, String value) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidRuleException(Messages.notAWholeNumber(name, value));
        }
    }

    private static Boolean bool(String name, String value) {
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        throw new InvalidRuleException(Messages.notAFlag(name, value));
    }

    private static String constant(String name, String value, Object[] constants) {
        List<String> known = Arrays.stream(constants).map(String::valueOf).toList();
        String upper = value.toUpperCase(Locale.ROOT);
        if (known.contains(upper)) {
            return upper;
        }
        throw new InvalidRuleException(Messages.notAConstant(name, value, known, Suggestions.didYouMean(value, known)));
    }

    /**
     * Texts separated by commas, each trimmed; a comma inside braces belongs to a glob's alternatives
     * ({@code file:data/{a,b}.csv}), not between two texts.
     */
    private static List<String> texts(String value) {
        List<String> texts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : ',';
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (c == ',' && (depth == 0 || i == value.length())) {
                texts.add(value.substring(start, i).trim());
                start = i + 1;
            }
        }
        return texts;
    }

    private static List<String> classNames(String name, String value) {
        List<String> names = new ArrayList<>();
        for (String entry : value.split(",", -1)) {
            String className = entry.trim();
            if (!Names.isQualifiedName(className)) {
                throw new InvalidRuleException(Messages.notAClassName(name, Limits.excerpt(value),
                        Limits.excerpt(className)));
            }
            names.add(className);
        }
        return names;
    }
}
