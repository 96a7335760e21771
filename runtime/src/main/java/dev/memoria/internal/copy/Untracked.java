package dev.memoria.internal.copy;

import java.io.Externalizable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Set;

/**
 * Which values can be copied without Fory's reference tracking: those whose object graph can neither share an object
 * nor close a cycle, because the value is the only mutable object in it. Tracking costs every object of a copy a
 * lookup in an identity table, on every hit; for these shapes it would find nothing.
 *
 * <p>Decided by a value's runtime class, once per class: an array of primitives or of immutable values
 * ({@link DeeplyImmutable}: strings, boxes, enum constants, records of those, ...), or a final class (a record
 * included) whose every instance field, its superclasses' too, is declared with a primitive or an immutable final
 * type. Two fields of such a class may hold the same string, but a string's identity is not part of the value. A class
 * with custom Java serialization ({@code writeObject}, {@code writeReplace}, {@code Externalizable}, ...) stays
 * tracked: its own code decides what it writes. Everything else is tracked, so shared references and cycles survive.
 */
final class Untracked {

    private static final Set<String> CUSTOM_SERIALIZATION =
            Set.of("writeObject", "readObject", "readObjectNoData", "writeReplace", "readResolve");

    private static final ClassValue<Boolean> BY_CLASS = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return type.isArray() ? isImmutableLeaf(type.getComponentType()) : isFlatFinal(type);
        }
    };

    private Untracked() {
    }

    /** Whether {@code value} can be copied without reference tracking. */
    static boolean suits(Object value) {
        return value != null && BY_CLASS.get(value.getClass());
    }

    private static boolean isFlatFinal(Class<?> type) {
        if (!Modifier.isFinal(type.getModifiers()) || Externalizable.class.isAssignableFrom(type)) {
            return false;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (hasCustomSerialization(c)) {
                return false;
            }
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !isImmutableLeaf(field.getType())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A type whose values are never changed, so that two copies of one are as good as the one. */
    private static boolean isImmutableLeaf(Class<?> type) {
        return type.isPrimitive() || Modifier.isFinal(type.getModifiers()) && DeeplyImmutable.isImmutableType(type)
               || type.isEnum();
    }

    private static boolean hasCustomSerialization(Class<?> type) {
        for (Method method : type.getDeclaredMethods()) {
            if (CUSTOM_SERIALIZATION.contains(method.getName())) {
                return true;
            }
        }
        return false;
    }
}
