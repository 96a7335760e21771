package dev.memoria;

import dev.memoria.internal.report.Messages;

/**
 * A cached method called itself, on the same thread, with arguments that produce the key it is still computing. That
 * call could never finish (it would wait for itself), so it fails instead. Recursion with other arguments, such as a
 * memoized {@code fib(n - 1)}, is fine.
 */
public final class RecursiveCacheCallException extends MemoriaException {

    private static final long serialVersionUID = 1L;

    /** @param method the cached method */
    public RecursiveCacheCallException(String method) {
        super(Messages.recursiveCall(method), null);
    }
}
