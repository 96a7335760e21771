package dev.memoria.internal.call;

import dev.memoria.RecursiveCacheCallException;
import dev.memoria.UnhashableParameterException;
import dev.memoria.UnserializableReturnValueException;
import dev.memoria.internal.SourceNames;
import dev.memoria.internal.site.SiteDescriptor;

/**
 * The warnings about a call of a method cached only by a rules file that ran uncached. They speak of the rule, not of
 * annotations: the method is often a library's, whose code the reader cannot change.
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
            return site.describedName() + " returned a " + unserializable.typeName() + ", which Memoria cannot store"
                   + " as a copy (" + firstLine(unserializable.getMessage()) + "). Such calls run uncached and"
                   + " return their own value; this is reported once per method and type. If the value is meant to"
                   + " be shared, make " + rule + " a resource rule; else narrow its pattern so that it leaves this"
                   + " method out.";
        }
        if (failure instanceof RecursiveCacheCallException) {
            return site.describedName() + " called itself with the same arguments while computing them, so the"
                   + " inner call ran uncached (a cached one would wait for itself). If the arguments that make"
                   + " the calls equal do not matter, leave them out of the key with unhashed= on " + rule + ".";
        }
        return "A call of " + site.describedName() + " ran uncached: Memoria could not cache it (" + failure
               + "). This is reported once per method and problem; the other calls stay cached. If it keeps"
               + " happening, narrow " + rule + " so that it leaves this method out.";
    }

    private static String unhashable(SiteDescriptor site, UnhashableParameterException unhashable, String rule) {
        boolean receiver = unhashable.parameterIndex() == UnhashableParameterException.RECEIVER;
        String where = receiver ? "its receiver 'this'"
                : "its parameter " + unhashable.parameterIndex() + " '" + unhashable.parameterName() + "'";
        String inside = unhashable.path().isEmpty() ? "" : " (at " + unhashable.path() + " inside the argument)";
        // without names in the class file, parameters are arg0, arg1, ...: a rule can name them by index only
        String parameter = unhashable.parameterName().matches("arg\\d+")
                ? Integer.toString(unhashable.parameterIndex()) : unhashable.parameterName();
        String leaveOut = "unhashed=" + (receiver ? "this" : parameter);
        return site.describedName() + " ran a call uncached: " + where + " held a " + unhashable.typeName() + inside
               + ", and " + unhashable.problem() + ". Calls with such arguments run uncached and the others stay"
               + " cached; this is reported once per method and type. To cache them too, change " + rule
               + ": leave the argument out of the key with " + leaveOut + ", or add hashers= naming a class that"
               + " implements dev.memoria." + SourceNames.hasherOf(unhashable.typeName()) + ".";
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
