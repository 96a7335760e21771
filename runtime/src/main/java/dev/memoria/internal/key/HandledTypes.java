package dev.memoria.internal.key;

import dev.memoria.Hasher;
import dev.memoria.internal.report.Messages;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the type a {@link Hasher} class handles: the {@code T} of its {@code Hasher<T>}, however far up the class
 * hierarchy it is bound ({@code class FooHasher extends JsonHasher<Foo>} where {@code JsonHasher<T> implements
 * Hasher<T>}).
 */
final class HandledTypes {

    private static final TypeVariable<?> HASHER_T = Hasher.class.getTypeParameters()[0];

    private HandledTypes() {
    }

    /**
     * @return the raw class bound to {@code Hasher}'s {@code T} in {@code hasherClass}
     * @throws IllegalArgumentException when the declaration does not bind it to a type (a raw {@code Hasher}, a
     *                                  lambda, or a type variable left open)
     */
    static Class<?> of(Class<?> hasherClass) {
        Type handled = boundToT(hasherClass, Map.of());
        if (handled instanceof Class<?> resolved) {
            return resolved;
        }
        throw new IllegalArgumentException(unresolved(handled, hasherClass));
    }

    /**
     * Returns what {@code type} binds {@code Hasher}'s {@code T} to, substituting {@code outer}'s bindings for type
     * variables, or {@code null} when {@code type} does not implement {@code Hasher}.
     */
    private static Type boundToT(Type type, Map<TypeVariable<?>, Type> outer) {
        Class<?> raw;
        Map<TypeVariable<?>, Type> bindings = new HashMap<>();
        if (type instanceof ParameterizedType parameterized) {
            raw = (Class<?>) parameterized.getRawType();
            TypeVariable<?>[] variables = raw.getTypeParameters();
            Type[] arguments = parameterized.getActualTypeArguments();
            for (int i = 0; i < variables.length; i++) {
                bindings.put(variables[i], substitute(arguments[i], outer));
            }
        } else if (type instanceof Class<?> plain) {
            raw = plain; // used raw: its type variables stay unbound
        } else {
            return null;
        }
        if (raw == Hasher.class) {
            return bindings.getOrDefault(HASHER_T, HASHER_T);
        }
        List<Type> supertypes = new ArrayList<>(List.of(raw.getGenericInterfaces()));
        if (raw.getGenericSuperclass() != null) {
            supertypes.add(0, raw.getGenericSuperclass());
        }
        for (Type supertype : supertypes) {
            Type bound = boundToT(supertype, bindings);
            if (bound != null) {
                return bound;
            }
        }
        return null;
    }

    /**
     * Reduces a type argument to what a hasher lookup needs: a class, with {@code outer}'s bindings substituted for
     * type variables. Returns the type unchanged when it stays open.
     */
    private static Type substitute(Type type, Map<TypeVariable<?>, Type> outer) {
        if (type instanceof TypeVariable<?> variable) {
            return outer.getOrDefault(variable, variable);
        }
        if (type instanceof ParameterizedType parameterized) {
            return parameterized.getRawType(); // Hasher<List<String>> handles every List
        }
        if (type instanceof GenericArrayType array
            && substitute(array.getGenericComponentType(), outer) instanceof Class<?> component) {
            return component.arrayType();
        }
        return type;
    }

    private static String unresolved(Type type, Class<?> hasherClass) {
        if (type == HASHER_T) {
            return Messages.hasherWithoutTypeArgument(hasherClass.getName());
        }
        return Messages.hasherWithUnboundVariable(hasherClass.getName(), type.getTypeName(),
                hasherClass.getSimpleName());
    }
}
