package dev.memoria;

import dev.memoria.internal.SourceNames;
import dev.memoria.internal.report.Messages;

/**
 * An argument of a cached call could not be hashed into the cache key. The message names the method, the parameter,
 * the type that stopped hashing (possibly nested inside the argument) and the two fixes: leave the parameter out of
 * the key with {@link Unhashed}, or teach Memoria the type with a {@link Hasher}.
 */
public final class UnhashableParameterException extends MemoriaException {

    private static final long serialVersionUID = 1L;

    /** {@link #parameterIndex()} of the receiver of an instance method. */
    public static final int RECEIVER = -1;

    private final String method;
    private final int parameterIndex;
    private final String parameterName;
    private final String typeName;
    private final String path;
    private final String problem;

    /**
     * @param method         the cached method with its parameter types, e.g.
     *                       {@code example.Reports.load(Connection, int)}, then any note such as its rule
     * @param parameterIndex the zero-based parameter index, or {@link #RECEIVER}
     * @param parameterName  the parameter's name ({@code arg0} style when compiled without {@code -parameters})
     * @param typeName       the type that could not be hashed
     * @param path           where that value sits inside the argument, e.g. {@code items[3].owner}; empty when it is
     *                       the argument itself
     * @param problem        why it could not be hashed
     * @param hasherFailed   whether a declared {@link Hasher} failed (then the fix is in the hasher)
     * @param cause          a failing {@link Hasher}'s exception, or {@code null}
     */
    public UnhashableParameterException(String method, int parameterIndex, String parameterName, String typeName,
                                        String path, String problem, boolean hasherFailed, Throwable cause) {
        super(message(method, parameterIndex, parameterName, typeName, path, problem, hasherFailed), cause);
        this.method = method;
        this.parameterIndex = parameterIndex;
        this.parameterName = parameterName;
        this.typeName = typeName;
        this.path = path;
        this.problem = problem;
    }

    /** The cached method whose key could not be built. */
    public String method() {
        return method;
    }

    /** The zero-based index of the parameter, or {@link #RECEIVER}. */
    public int parameterIndex() {
        return parameterIndex;
    }

    /** The parameter's name, {@code this} for the receiver. */
    public String parameterName() {
        return parameterName;
    }

    /** The type that could not be hashed. */
    public String typeName() {
        return typeName;
    }

    /** Where the value sits inside the argument, e.g. {@code items[3].owner}; empty for the argument itself. */
    public String path() {
        return path;
    }

    /** Why the value cannot be hashed, e.g. {@code Memoria has no rule for hashing it}. */
    public String problem() {
        return problem;
    }

    private static String message(String method, int index, String name, String typeName, String path,
                                  String problem, boolean hasherFailed) {
        return Messages.unhashableParameter(method, index == RECEIVER, index, name, typeName, path, problem,
                hasherFailed, SourceNames.hasherClassName(typeName),
                SourceNames.isUnnameable(typeName) ? "T" : SourceNames.sourceName(typeName));
    }
}
