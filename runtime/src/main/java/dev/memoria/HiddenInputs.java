package dev.memoria;

/**
 * What Memoria does about the hidden inputs it finds in a cached method when the method is woven: reads its key cannot
 * see (the environment, system properties, files and resources, the clock, randomness, mutable static fields of
 * project classes), in the method or in the project code it calls.
 */
public enum HiddenInputs {
    /** Report each hidden input once, at weave time, with its call path and the fixes (the default). */
    REPORT,
    /** Accept them: the method's results may depend on values its key does not hold, and no report is printed. */
    IGNORE
}
