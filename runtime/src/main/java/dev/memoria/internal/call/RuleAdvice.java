package dev.memoria.internal.call;

import dev.memoria.RecursiveCacheCallException;
import dev.memoria.UnhashableParameterException;
import dev.memoria.UnserializableReturnValueException;
import dev.memoria.internal.SourceNames;
import dev.memoria.internal.report.Messages;
import dev.memoria.internal.site.SiteDescriptor;

/**
 * Which warning a call of a method cached only by a rules file gets when it ran uncached; the texts are in
 * {@link Messages}.
 */
final class RuleAdvice {

    private RuleAdvice() {
    }

    static String forFailure(SiteDescriptor site, RuntimeException failure) {
        String rule = site.rules().contains(",") ? "one of the rules at " + site.rules()
                : "the rule at " + site.rules();
        if (failure instanceof UnhashableParameterException unhashable) {
            return unhashable(site, unhashable, rule);
        }
        if (failure instanceof UnserializableReturnValueException unserializable) {
            return Messages.ruleCallUnserializable(site.describedName(), unserializable.typeName(),
                    firstLine(unserializable.getMessage()), rule);
        }
        if (failure instanceof RecursiveCacheCallException) {
            return Messages.ruleCallRecursive(site.describedName(), rule);
        }
        return Messages.ruleCallFailed(site.describedName(), failure.toString(), rule);
    }

    private static String unhashable(SiteDescriptor site, UnhashableParameterException unhashable, String rule) {
        boolean receiver = unhashable.parameterIndex() == UnhashableParameterException.RECEIVER;
        String where = receiver ? "its receiver 'this'"
                : "its parameter " + unhashable.parameterIndex() + " '" + unhashable.parameterName() + "'";
        String inside = unhashable.path().isEmpty() ? "" : " (at " + unhashable.path() + " inside the argument)";
        // without names in the class file, parameters are arg0, arg1, ...: a rule can name them by index only
        String parameter = unhashable.parameterName().matches("arg\\d+")
                ? Integer.toString(unhashable.parameterIndex()) : unhashable.parameterName();
        return Messages.ruleCallUnhashable(site.describedName(), where, unhashable.typeName(), inside,
                unhashable.problem(), rule, "unhashed=" + (receiver ? "this" : parameter),
                SourceNames.hasherOf(unhashable.typeName()));
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
