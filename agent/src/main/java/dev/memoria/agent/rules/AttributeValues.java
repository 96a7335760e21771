package dev.memoria.agent.rules;

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
 * it: text, a whole number, {@code true}/{@code false}, an enum constant (in any case), or class names separated by
 * commas. Whether the value makes sense ({@code ttl} a duration, {@code maxEntries} not 0) is the table's to say, as
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
        Attribute<?> attribute = Attributes.named(name).orElseThrow(() -> unknown(kind, name));
        if (!attribute.appliesTo(kind)) {
            CacheSpec.Kind other = kind == CacheSpec.Kind.DATA ? CacheSpec.Kind.RESOURCE : CacheSpec.Kind.DATA;
            throw new InvalidRuleException("'" + name + "' applies to " + RuleKinds.keyword(other) + " rules only: "
                    + kind.annotation() + " has no " + name + ". Remove it, or make this a "
                    + RuleKinds.keyword(other) + " rule");
        }
        return switch (attribute.form()) {
            case TEXT -> value;
            case WHOLE_NUMBER -> wholeNumber(name, value);
            case FLAG -> bool(name, value);
            case CONSTANT -> constant(name, value, attribute.constants().getEnumConstants());
            case CLASS_NAMES -> classNames(name, value);
            case TEXTS -> List.of(value.split(",", -1));
        };
    }

    private static InvalidRuleException unknown(CacheSpec.Kind kind, String name) {
        return new InvalidRuleException("Unknown attribute '" + Limits.excerpt(name) + "'."
                + Suggestions.didYouMean(name, names(kind)) + " Attributes of " + RuleKinds.keyword(kind) + " rules: "
                + String.join(", ", names(kind)));
    }

    private static Integer wholeNumber(String name, String value) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidRuleException(name + "=" + value + " is not a whole number. Write a number such as "
                    + name + "=100, or " + name + "=-1 for no bound");
        }
    }

    private static Boolean bool(String name, String value) {
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        throw new InvalidRuleException(name + "=" + value + " is neither true nor false. Write " + name
                + "=true or " + name + "=false");
    }

    private static String constant(String name, String value, Object[] constants) {
        List<String> known = Arrays.stream(constants).map(String::valueOf).toList();
        String upper = value.toUpperCase(Locale.ROOT);
        if (known.contains(upper)) {
            return upper;
        }
        throw new InvalidRuleException(name + "=" + value + " is not one of " + String.join(", ", known) + "."
                + Suggestions.didYouMean(value, known) + " Write one of them, as in " + name + "="
                + known.get(known.size() - 1));
    }

    private static List<String> classNames(String name, String value) {
        List<String> names = new ArrayList<>();
        for (String entry : value.split(",", -1)) {
            String className = entry.trim();
            if (!Names.isQualifiedName(className)) {
                throw new InvalidRuleException(name + "=" + Limits.excerpt(value) + ": '" + Limits.excerpt(className)
                        + "' is not a class name."
                        + " Write binary class names separated by commas, as in " + name
                        + "=com.acme.MoneyHasher,com.acme.Shapes$PointHasher");
            }
            names.add(className);
        }
        return names;
    }
}
