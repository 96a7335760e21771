package dev.memoria.internal.call;

import dev.memoria.RecursiveCacheCallException;
import dev.memoria.UnhashableParameterException;
import dev.memoria.UnserializableReturnValueException;
import dev.memoria.internal.report.Messages;
import dev.memoria.internal.report.Reporter;
import dev.memoria.internal.site.SiteDescriptor;

/**
 * When a call that Memoria cannot cache runs uncached instead of failing.
 *
 * <ul>
 *   <li>A method cached only by a rules file: its callers never asked for caching (a library's own code calls it
 *       with arguments the rule's author never saw), so nothing Memoria meets may fail the call. It runs uncached
 *       and a warning, once per method and problem, names the rule and the change to make there.</li>
 *   <li>A call made while a class initializer runs: an exception there makes the class unusable for the rest of the
 *       run, far worse than a miss. The annotation's error is printed once instead, and the call runs uncached.</li>
 * </ul>
 * Anywhere else an annotated method keeps Streamlit's behaviour: the error reaches the caller. The checks run on the
 * failure path only.
 */
final class CallFailures {

    private CallFailures() {
    }

    /**
     * @param site    the method whose call failed
     * @param failure what Memoria threw while looking the call up or storing its value
     * @param reporter the engine's, told of a failure that does not reach the caller
     * @return {@code true} when the call should run (or return) uncached, the failure reported; {@code false} when
     *         the failure should reach the caller
     */
    static boolean runUncached(SiteDescriptor site, RuntimeException failure, Reporter reporter) {
        if (site.cachedByRulesOnly()) {
            reporter.once("rule call " + site.functionKey() + " " + problemIdentity(failure),
                    RuleAdvice.forFailure(site, failure));
            return true;
        }
        if (inClassInitializer()) {
            reporter.once("initializer call " + site.functionKey() + " " + problemIdentity(failure),
                    Messages.uncachedInClassInitializer(failure.getMessage()));
            return true;
        }
        return false;
    }

    /** One report per method and problem: per unhashable or uncopyable type, else per kind of failure. */
    private static String problemIdentity(RuntimeException failure) {
        if (failure instanceof UnhashableParameterException unhashable) {
            return "unhashable " + unhashable.typeName();
        }
        if (failure instanceof UnserializableReturnValueException unserializable) {
            return "unserializable " + unserializable.typeName();
        }
        return failure instanceof RecursiveCacheCallException ? "recursive" : failure.getClass().getName();
    }

    private static boolean inClassInitializer() {
        return StackWalker.getInstance().walk(frames -> frames.anyMatch(
                frame -> frame.getMethodName().equals("<clinit>")));
    }
}
