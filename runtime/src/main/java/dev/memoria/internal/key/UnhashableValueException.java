package dev.memoria.internal.key;

import dev.memoria.internal.report.Messages;

import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Why a value inside an argument cannot be hashed, and where it sits. Thrown inside the encoder; every container it
 * passes on its way out adds its step to the {@link #path()}, so locating a failure costs nothing until one happens.
 * {@link KeyMaker} turns it into the public {@link dev.memoria.UnhashableParameterException} once it knows the
 * parameter.
 *
 * <p>A path is read left to right from the argument: {@code [3]} is element 3 of a list, array or other collection (in
 * iteration order); {@code .owner} a record component ({@code .key} and {@code .value} for a map entry,
 * {@code .value} for an optional); {@code ["alice"]} the value under that key of a map; {@code .keys{?}} one of a map's
 * keys, and {@code {?}} one of a set's members, since neither has an index.
 */
final class UnhashableValueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private static final int LONGEST_KEY_LABEL = 24;
    /** Steps kept at each end of a path too long to show whole, as met at the nesting limit. */
    private static final int PATH_ENDS = 4;

    private final String typeName;
    private final boolean hasherFailed;
    private final Deque<String> steps = new ArrayDeque<>();

    /**
     * @param typeName the type of the value that cannot be hashed, as users know it
     * @param problem  completes "..., and ____." in the public message
     * @param cause    what a user hasher or accessor threw, or {@code null}
     */
    UnhashableValueException(String typeName, String problem, Throwable cause) {
        this(typeName, problem, cause, false);
    }

    private UnhashableValueException(String typeName, String problem, Throwable cause, boolean hasherFailed) {
        // No stack trace: the public exception, thrown from KeyMaker, carries the one that matters.
        super(problem, cause, false, false);
        this.typeName = typeName;
        this.hasherFailed = hasherFailed;
    }

    static UnhashableValueException hasherThrew(Object value, String hasherName, Exception thrown) {
        return new UnhashableValueException(typeName(value.getClass()),
                "the Hasher " + hasherName + " threw " + thrown, thrown, true);
    }

    static UnhashableValueException hasherResultUnhashable(Object value, String hasherName, Object result,
                                                           UnhashableValueException inResult) {
        String holding = inResult.path().isEmpty() ? "" : " holding a " + inResult.typeName + " at " + inResult.path();
        return new UnhashableValueException(typeName(value.getClass()),
                "the Hasher " + hasherName + " returned a " + typeName(result.getClass()) + holding + ", and "
                + inResult.problem(), inResult.getCause(), true);
    }

    static UnhashableValueException accessorThrew(Object record, String component, Throwable thrown) {
        return new UnhashableValueException(record.getClass().getName(),
                Messages.accessorThrew(component, thrown.toString()), thrown);
    }

    static UnhashableValueException nestedTooDeep(Object value, int maxDepth) {
        return new UnhashableValueException(typeName(value.getClass()),
                Messages.nestedTooDeepToHash(maxDepth), null);
    }

    UnhashableValueException atElement(int index) {
        return inside("[" + index + "]");
    }

    UnhashableValueException atComponent(String name) {
        return inside("." + name);
    }

    UnhashableValueException atMapValue(Object key) {
        return inside("[" + keyLabel(key) + "]");
    }

    UnhashableValueException atMapKey() {
        return inside(".keys{?}");
    }

    UnhashableValueException atSetMember() {
        return inside("{?}");
    }

    /** Whether a declared Hasher failed, rather than no rule applying. */
    boolean hasherFailed() {
        return hasherFailed;
    }

    String typeName() {
        return typeName;
    }

    String problem() {
        return getMessage();
    }

    /** Where the value sits inside the argument; empty for the argument itself. */
    String path() {
        if (steps.size() <= 2 * PATH_ENDS) {
            return String.join("", steps);
        }
        List<String> all = new ArrayList<>(steps);
        return String.join("", all.subList(0, PATH_ENDS)) + " ... "
               + String.join("", all.subList(all.size() - PATH_ENDS, all.size()));
    }

    /**
     * The name users know a type by: a lambda's or a proxy's class name is generated ({@code jdk.proxy3.$Proxy102}),
     * so it is named by its (first) interface, which a {@code Hasher} can be declared for.
     */
    static String typeName(Class<?> type) {
        return (isLambda(type) || Proxy.isProxyClass(type)) && type.getInterfaces().length > 0
               ? type.getInterfaces()[0].getName() : type.getName();
    }

    static boolean isLambda(Class<?> type) {
        return type.isSynthetic() && type.getName().contains("$$Lambda");
    }

    private UnhashableValueException inside(String step) {
        steps.addFirst(step);
        return this;
    }

    /** A short label for a map key; only plain values are spelled out, since any other toString() may be huge. */
    private static String keyLabel(Object key) {
        if (key instanceof CharSequence text) {
            return '"' + abbreviate(text.toString()) + '"';
        }
        if (key instanceof Character character) {
            return "'" + character + "'";
        }
        if (key instanceof Enum<?> constant) {
            return constant.name();
        }
        if (key == null || key instanceof Number || key instanceof Boolean) {
            return abbreviate(String.valueOf(key));
        }
        return "<" + key.getClass().getSimpleName() + ">";
    }

    private static String abbreviate(String text) {
        return text.length() <= LONGEST_KEY_LABEL ? text : text.substring(0, LONGEST_KEY_LABEL) + "...";
    }
}
