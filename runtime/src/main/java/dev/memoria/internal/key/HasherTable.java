package dev.memoria.internal.key;

import dev.memoria.Hasher;

import java.util.List;

/**
 * The user {@link Hasher}s declared for one cached method, like Streamlit's {@code hash_funcs}. A hasher applies to
 * its type and every subtype; when several apply, the one declared for the exact class wins, then the first declared.
 */
public final class HasherTable {

    /** No user hashers: the built-in rules only. */
    public static final HasherTable EMPTY = new HasherTable(List.of());

    private final List<UserHasher> declared;

    /** Resolved once per runtime class; {@code null} when there are no hashers (never asked, then). */
    private final ClassValue<UserHasher> byClass;

    private HasherTable(List<UserHasher> declared) {
        this.declared = declared;
        // a ClassValue does not keep the classes (and their loaders) alive; none, and no class of its own loaded, for
        // the empty table, which every JVM's first cached call builds
        this.byClass = declared.isEmpty() ? null : new ClassValue<>() {
            @Override
            protected UserHasher computeValue(Class<?> type) {
                return resolve(type);
            }
        };
    }

    /**
     * Returns the table of these hashers, in declaration order.
     *
     * @param hashers the method's hasher instances
     * @return the table; {@link #EMPTY} when there are none
     * @throws IllegalArgumentException if a hasher's handled type cannot be read from its class declaration (a raw
     *                                  {@code Hasher}, a lambda, or an unbound type variable); the message says how to
     *                                  declare it
     */
    public static HasherTable of(List<? extends Hasher<?>> hashers) {
        return hashers.isEmpty() ? EMPTY : new HasherTable(hashers.stream().map(UserHasher::new).toList());
    }

    /** Returns the hasher for values of exactly {@code type}, or {@code null} when none applies. */
    UserHasher forClass(Class<?> type) {
        return declared.isEmpty() ? null : byClass.get(type);
    }

    /**
     * Whether a hasher may apply to a value declared as {@code type}: one for the type, a supertype or a subtype (a
     * value of a non-final declared type may be of a subclass).
     */
    boolean mayApplyWithin(Class<?> type) {
        for (UserHasher hasher : declared) {
            if (hasher.handledType().isAssignableFrom(type) || type.isAssignableFrom(hasher.handledType())) {
                return true;
            }
        }
        return false;
    }

    private UserHasher resolve(Class<?> type) {
        UserHasher firstAssignable = null;
        for (UserHasher hasher : declared) {
            if (hasher.handledType() == type) {
                return hasher;
            }
            if (firstAssignable == null && hasher.handledType().isAssignableFrom(type)) {
                firstAssignable = hasher;
            }
        }
        return firstAssignable; // null when none applies: ClassValue caches that as well
    }
}
