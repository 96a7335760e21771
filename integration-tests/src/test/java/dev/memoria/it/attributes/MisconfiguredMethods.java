package dev.memoria.it.attributes;

import dev.memoria.it.support.Calls;

/**
 * What {@link ConfigurationErrorsIT} calls on the misconfigured fixtures. Tests see them only through this interface
 * and load them by name, so the classes are woven exactly when a test has stderr captured.
 */
interface MisconfiguredMethods {

    Calls CALLS = new Calls();

    int flecond(int x);

    int zeroEntries(int x);

    int negativeEntries(int x);

    int parsecs(int x);

    int unknownValidate(int x);

    int unknownOnRelease(int x);

    int validateNotBoolean(int x);

    int bothAnnotations(int x);

    int backgroundWithoutTtl(int x);

    int badMaxStale(int x);

    int unknownInputPrefix(int x);

    int emptyInputName(int x);

    int escapingGlob(int x);

    /** Declared {@code @CacheData abstract} in {@link AbstractMisconfigured}. */
    int compute(int x);
}
