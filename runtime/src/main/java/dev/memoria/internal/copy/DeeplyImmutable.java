package dev.memoria.internal.copy;

import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;

/**
 * Which values no caller can change, so that a {@code @CacheData} hit may hand out the stored object itself instead of
 * a copy (and a caller that checks identity, like an {@code assertSame} on a shared constant, sees the same object).
 *
 * <p>Decided by a value's runtime class, once per class: {@code String}, the primitive boxes, enum constants, a few
 * final JDK value classes ({@code BigInteger}, {@code BigDecimal}, {@code UUID}, {@code LocalDate},
 * {@code LocalTime}, {@code LocalDateTime}, {@code Instant}, {@code Duration}), and records whose every component is
 * declared with a primitive type or a type that is itself deeply immutable and final (such a record, a {@code String},
 * a box, an enum or one of those JDK classes). An array of length zero holds nothing to change. Everything else is
 * copied, including a record with a component declared as an interface or {@code Object} (a mutable object could sit
 * there at run time) and every non-empty array.
 */
public final class DeeplyImmutable {

    private static final Set<Class<?>> FINAL_VALUE_CLASSES = Set.of(
            String.class, Boolean.class, Byte.class, Short.class, Character.class, Integer.class, Long.class,
            Float.class, Double.class, BigInteger.class, BigDecimal.class, UUID.class, LocalDate.class,
            LocalTime.class, LocalDateTime.class, Instant.class, Duration.class);

    /** Records are walked once per class; a ClassValue does not keep the classes (and their loaders) alive. */
    private static final ClassValue<Boolean> BY_CLASS = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return isImmutableType(type, 0);
        }
    };

    /** Deeper record nesting is copied rather than walked further. */
    private static final int MAX_NESTING = 16;

    private DeeplyImmutable() {
    }

    /** Whether {@code value} can be shared between callers as it is. */
    public static boolean holds(Object value) {
        if (value == null) {
            return true;
        }
        Class<?> type = value.getClass();
        if (type.isArray()) {
            return java.lang.reflect.Array.getLength(value) == 0;
        }
        return BY_CLASS.get(type);
    }

    /** Whether every value of {@code type} (or, for an enum, its constants' classes) is deeply immutable. */
    static boolean isImmutableType(Class<?> type) {
        return BY_CLASS.get(type);
    }

    private static boolean isImmutableType(Class<?> type, int nesting) {
        if (type.isPrimitive() || FINAL_VALUE_CLASSES.contains(type) || type.isEnum()
            || type.getSuperclass() != null && type.getSuperclass().isEnum()) {
            return true;
        }
        if (!type.isRecord() || nesting == MAX_NESTING || !Modifier.isFinal(type.getModifiers())) {
            return false;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (!isImmutableType(component.getType(), nesting + 1)) {
                return false;
            }
        }
        return true;
    }
}
