package dev.memoria.internal.store;

import dev.memoria.internal.attach.Agents;

import java.lang.instrument.Instrumentation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Estimates the memory an object graph holds, for the {@code bytes} statistic of {@code @CacheResource} caches
 * (Streamlit reports a deep-size estimate there too). Shallow sizes come from the agent's
 * {@link Instrumentation#getObjectSize} when it runs, otherwise from field layouts. The walk follows fields it may
 * read, elements of collections and maps, and array elements; it stops at classes, class loaders and threads, which
 * reference the world rather than belong to the value, and after a bounded number of objects.
 */
public final class ObjectSizes {

    private static final int MAX_OBJECTS = 100_000;
    private static final int HEADER = 12;
    private static final int ARRAY_HEADER = 16;
    private static final int REFERENCE = 4;
    private static final ClassValue<List<Field>> FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            return referenceFields(type);
        }
    };

    private ObjectSizes() {
    }

    /** The estimated bytes reachable from {@code root}. */
    public static long deepSize(Object root) {
        Instrumentation instrumentation = Agents.instrumentation().orElse(null);
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object> pending = new ArrayDeque<>();
        long total = 0;
        if (root != null) {
            pending.push(root);
        }
        while (!pending.isEmpty() && seen.size() < MAX_OBJECTS) {
            Object current = pending.pop();
            if (isShared(current) || !seen.add(current)) {
                continue;
            }
            total += instrumentation != null ? instrumentation.getObjectSize(current) : shallowSize(current);
            addChildren(current, pending);
        }
        return total;
    }

    private static boolean isShared(Object value) {
        return value instanceof Class<?> || value instanceof ClassLoader || value instanceof Thread;
    }

    private static void addChildren(Object current, Deque<Object> pending) {
        if (current instanceof Object[] array) {
            for (Object element : array) {
                pushUnlessNull(element, pending);
            }
        } else if (current instanceof Collection<?> collection && isJdk(current)) {
            copySafely(collection, pending);
        } else if (current instanceof Map<?, ?> map && isJdk(current)) {
            copySafely(map.keySet(), pending);
            copySafely(map.values(), pending);
        } else if (!current.getClass().isArray()) {
            for (Field field : FIELDS.get(current.getClass())) {
                try {
                    pushUnlessNull(field.get(current), pending);
                } catch (IllegalAccessException e) {
                    // unreadable: counted shallowly
                }
            }
        }
    }

    private static void copySafely(Collection<?> elements, Deque<Object> pending) {
        try {
            for (Object element : elements) {
                pushUnlessNull(element, pending);
            }
        } catch (RuntimeException e) {
            // a collection modified concurrently: the rest of its elements are left out of the estimate
        }
    }

    private static void pushUnlessNull(Object value, Deque<Object> pending) {
        if (value != null) {
            pending.push(value);
        }
    }

    private static boolean isJdk(Object value) {
        return value.getClass().getName().startsWith("java.");
    }

    private static long shallowSize(Object value) {
        Class<?> type = value.getClass();
        if (type.isArray()) {
            int length = java.lang.reflect.Array.getLength(value);
            return align(ARRAY_HEADER + (long) length * elementSize(type.getComponentType()));
        }
        if (value instanceof String text) {
            return align(HEADER + 12) + align(ARRAY_HEADER + text.length());
        }
        long size = HEADER;
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    size += elementSize(field.getType());
                }
            }
        }
        return align(size);
    }

    private static int elementSize(Class<?> type) {
        if (type == long.class || type == double.class) {
            return 8;
        }
        if (type == int.class || type == float.class) {
            return 4;
        }
        if (type == short.class || type == char.class) {
            return 2;
        }
        if (type == byte.class || type == boolean.class) {
            return 1;
        }
        return REFERENCE;
    }

    private static long align(long size) {
        return (size + 7) & ~7L;
    }

    private static List<Field> referenceFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.getType().isPrimitive()
                    && field.trySetAccessible()) {
                    fields.add(field);
                }
            }
        }
        return List.copyOf(fields);
    }
}
