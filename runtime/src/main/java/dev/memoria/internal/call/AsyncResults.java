package dev.memoria.internal.call;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Methods that return a {@code CompletableFuture<T>} or {@code CompletionStage<T>}: what they cache is the {@code T}
 * the future completes with, so copies, type checks and callbacks work on {@code T}.
 */
final class AsyncResults {

    private AsyncResults() {
    }

    static boolean isAsync(Class<?> returnType) {
        return returnType == CompletableFuture.class || returnType == CompletionStage.class;
    }

    /** The declared {@code T} of a future return type; {@code Object} for a raw one. */
    static Type valueType(Type futureType) {
        if (futureType instanceof ParameterizedType parameterized) {
            Type argument = parameterized.getActualTypeArguments()[0];
            return argument instanceof WildcardType wildcard ? wildcard.getUpperBounds()[0] : argument;
        }
        return Object.class;
    }

    /** The class every value of {@code type} is an instance of. */
    static Class<?> erasure(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        if (type instanceof GenericArrayType array) {
            return erasure(array.getGenericComponentType()).arrayType();
        }
        if (type instanceof TypeVariable<?> variable) {
            return erasure(variable.getBounds()[0]);
        }
        return Object.class;
    }
}
