package dev.memoria.internal.call;

/**
 * One cached method as its rewritten code sees it. The advice woven into the method does, in effect:
 * <pre>{@code
 * Object call = site.enter(this, args);         // site: a constant bound by invokedynamic on first call
 *                                               // (enterOne(this, arg) for a method of one parameter)
 * if (!(call instanceof Hit)) { ...body... }
 * result = Site.exit(call, result, thrown);
 * }</pre>
 * {@link #enter} returns a {@link Hit} (skip the body), a miss (run it, then store the result in {@link #exit}), or
 * {@code null} (run it uncached).
 */
public abstract class Site {

    Site() {
    }

    /**
     * @param receiver the receiver, or {@code null} for a static method
     * @param args     the arguments, primitives boxed
     */
    public abstract Object enter(Object receiver, Object[] args);

    /**
     * {@link #enter} for a method of one parameter, which woven code calls without building an argument array.
     *
     * @param receiver the receiver, or {@code null} for a static method
     * @param argument the argument, a primitive boxed
     */
    public abstract Object enterOne(Object receiver, Object argument);

    /**
     * Completes a call: the cached value for a hit, the computed value (now stored) for a miss.
     *
     * @param call     what {@link #enter} returned
     * @param returned what the body returned (meaningless when it was skipped or threw)
     * @param thrown   what the body threw, or {@code null}
     */
    public static Object exit(Object call, Object returned, Throwable thrown) {
        if (call instanceof Hit hit) {
            return hit.value;
        }
        if (call instanceof Miss miss) {
            return miss.finish(returned, thrown);
        }
        return returned;
    }
}
