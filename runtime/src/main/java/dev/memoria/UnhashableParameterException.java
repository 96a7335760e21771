package dev.memoria;

import dev.memoria.internal.SourceNames;

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
        String where = index == RECEIVER
                ? "the receiver 'this'"
                : "parameter " + index + " '" + name + "'";
        String inside = path.isEmpty() ? "" : " (at " + path + " inside the argument)";
        String hasher = SourceNames.hasherClassName(typeName);
        String hashed = SourceNames.isUnnameable(typeName) ? "T" : SourceNames.sourceName(typeName);
        String leaveOut = index == RECEIVER
                ? "declare the receiver parameter: method(@Unhashed " + simpleOwner(method) + " this, ...),\n"
                  + "     or make the method static"
                : "annotate the parameter: @Unhashed " + declaredType(method, index) + " " + name
                  + "  (or name it _" + name + " and compile with -parameters)";
        String header = "Cannot build the cache key of " + method + ":\n"
                        + where + " holds a value of type " + typeName + inside + ", and " + problem + ".\n\n";
        if (hasherFailed) {
            return header + "Fix the Hasher so that it returns a string, number, record or collection of those for"
                   + " every value it\nis given, or leave the argument out of the key: " + leaveOut + ".";
        }
        String unnameable = hashed.equals("T") ? "\n     where T is a named supertype of " + typeName
                + " (a local or anonymous class, which source code cannot name)" : "";
        return header + "Memoria hashes primitives and their boxes, strings, enums, records, arrays, lists, sets, maps,\n"
               + "java.time values, BigDecimal, BigInteger, UUID and Optional. Fix it in one of two ways:\n"
               + "  1. Leave it out of the key: " + leaveOut + ".\n"
               + "  2. Tell Memoria how to hash it: add hashers = " + hasher + ".class to the annotation, with\n"
               + "     class " + hasher + " implements Hasher<" + hashed + "> { public Object hash(" + hashed
               + " v) { return /* a string, number or record */; } }" + unnameable;
    }

    /**
     * The parameter's declared type as {@code method} lists it, simple name: {@code Object[]} for an array that holds
     * a {@code Date}; the annotation goes on the parameter, so it names the parameter's type, not its value's.
     */
    private static String declaredType(String method, int index) {
        String[] types = method.substring(method.indexOf('(') + 1, method.indexOf(')')).split(", ");
        String type = index < types.length ? types[index] : "";
        return type.substring(type.lastIndexOf('.') + 1);
    }

    private static String simpleOwner(String method) {
        String owner = method.substring(0, method.lastIndexOf('.', method.indexOf('(')));
        return owner.substring(owner.lastIndexOf('.') + 1).replace('$', '.');
    }
}
