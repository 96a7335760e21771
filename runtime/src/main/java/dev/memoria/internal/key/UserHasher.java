package dev.memoria.internal.key;

import dev.memoria.Hasher;

/** One user {@link Hasher} with the type it handles, resolved once from its declaration. */
final class UserHasher {

    private final Hasher<Object> hasher;
    private final Class<?> handledType;
    private final String name;

    @SuppressWarnings("unchecked") // the table applies it only to instances of handledType
    UserHasher(Hasher<?> hasher) {
        this.hasher = (Hasher<Object>) hasher;
        this.handledType = HandledTypes.of(hasher.getClass());
        this.name = hasher.getClass().getName();
    }

    Class<?> handledType() {
        return handledType;
    }

    /** The hasher's class name, which tags its results in the key and names it in errors. */
    String name() {
        return name;
    }

    /** Returns the hasher's stand-in for {@code value}; a failure becomes an {@link UnhashableValueException}. */
    Object standInFor(Object value) {
        try {
            return hasher.hash(value);
        } catch (Exception e) {
            throw UnhashableValueException.hasherThrew(value, name, e);
        }
    }
}
