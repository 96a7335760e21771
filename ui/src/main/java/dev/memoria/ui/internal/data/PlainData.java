package dev.memoria.ui.internal.data;

import dev.memoria.ui.internal.report.Messages;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Copies a value into JSON-shaped plain data: unmodifiable maps with string keys and lists, strings, numbers,
 * booleans and null. Records become maps of their components, arrays and collections lists, enums and every other
 * type its string form. The copy decouples an element from the app's (possibly mutable) objects.
 */
public final class PlainData {

    /** Deeper than this is taken for a cycle. */
    private static final int MAX_DEPTH = 64;

    private PlainData() {
    }

    public static Object of(Object value) {
        return copy(value, 0);
    }

    private static Object copy(Object value, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException(Messages.nestsTooDeep(MAX_DEPTH));
        }
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Number) {
            return value;
        }
        if (value instanceof Optional<?> optional) {
            return copy(optional.orElse(null), depth + 1);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), copy(v, depth + 1)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof Record record) {
            return copy(Records.components(record), depth);
        }
        if (value instanceof Collection<?> collection) {
            return list(collection, depth);
        }
        if (value.getClass().isArray()) {
            return list(arrayElements(value), depth);
        }
        return value.toString();
    }

    private static List<Object> list(Collection<?> elements, int depth) {
        List<Object> copy = new ArrayList<>(elements.size());
        for (Object element : elements) {
            copy.add(copy(element, depth + 1));
        }
        return Collections.unmodifiableList(copy);
    }

    /** The elements of any array, primitive or not. */
    static List<Object> arrayElements(Object array) {
        int length = Array.getLength(array);
        List<Object> elements = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            elements.add(Array.get(array, i));
        }
        return elements;
    }
}
