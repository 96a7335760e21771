package dev.memoria.internal.replay;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.memoria.internal.key.KeyMaker;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Streamlit's two-level key for a method that allows widgets (§5.3 of the reference), for one function cache: the
 * arguments' key finds the set of widgets computing it has read; their current values complete the key of the entry.
 * Changing a widget recomputes, setting it back hits. A widget first read by a later computation widens the set, and
 * so changes the key of every earlier result, which then recompute once (as in Streamlit).
 *
 * <p>The sets are kept in memory, bounded: a set that is dropped (or not yet known after a restart) costs one
 * recomputation, never a wrong hit, because a stored key always covers every widget its computation read.
 */
public final class WidgetKeys {

    /** Arguments seen with widgets, per function; beyond this the least recently used sets are dropped. */
    private static final int MAX_ARGUMENT_SETS = 10_000;

    /** @param storedUnder the keys its results were stored under, each with the widget values of that key */
    private record Known(WidgetSet widgets, Map<Object, List<Object>> storedUnder) {
    }

    private final KeyMaker keys;
    private final Cache<Object, Known> byArguments = Caffeine.newBuilder().maximumSize(MAX_ARGUMENT_SETS).build();

    public WidgetKeys(KeyMaker keys) {
        this.keys = keys;
    }

    /** The key to look up for a call with {@code argumentsKey}, from the widget values of the current run. */
    public Object lookupKey(Object argumentsKey) {
        Known known = byArguments.getIfPresent(argumentsKey);
        return known == null ? argumentsKey : keyNow(argumentsKey, known.widgets());
    }

    /** The key to store a computation's result under, given the widgets it read; remembers them for later calls. */
    public Object storeKey(Object argumentsKey, WidgetSet read) {
        Known known = byArguments.asMap().compute(argumentsKey, (key, before) -> before == null
                ? new Known(read, new ConcurrentHashMap<>())
                : new Known(before.widgets().union(read), before.storedUnder()));
        List<Object> values = known.widgets().isEmpty() ? null : known.widgets().valuesNow();
        Object entryKey = keyOf(argumentsKey, known.widgets(), values);
        known.storedUnder().put(entryKey, values == null ? List.of() : Collections.unmodifiableList(values));
        return entryKey;
    }

    /**
     * The widgets (described by their toolkit) whose current values differ from those under which a result of these
     * arguments is stored, for explaining a miss; empty when no result of them is remembered.
     *
     * @param stored whether an entry key still holds a value
     */
    public List<String> differingWidgets(Object argumentsKey, Predicate<Object> stored) {
        Known known = byArguments.getIfPresent(argumentsKey);
        if (known == null) {
            return List.of();
        }
        List<String> ids = known.widgets().descriptions();
        List<Object> now = known.widgets().isEmpty() ? null : known.widgets().valuesNow();
        Set<String> differing = new LinkedHashSet<>();
        known.storedUnder().forEach((entryKey, values) -> {
            if (stored.test(entryKey)) {
                for (int i = 0; i < ids.size(); i++) {
                    if (now == null || i >= values.size() || !Objects.equals(now.get(i), values.get(i))) {
                        differing.add(ids.get(i));
                    }
                }
            }
        });
        return List.copyOf(differing);
    }

    /** Forgets the widgets of {@code argumentsKey} and returns the keys its results were stored under. */
    public Set<Object> forget(Object argumentsKey) {
        Known known = byArguments.asMap().remove(argumentsKey);
        return known == null ? Set.of(argumentsKey) : Set.copyOf(known.storedUnder().keySet());
    }

    public void clear() {
        byArguments.invalidateAll();
    }

    private Object keyNow(Object argumentsKey, WidgetSet widgets) {
        return keyOf(argumentsKey, widgets, widgets.isEmpty() ? null : widgets.valuesNow());
    }

    /** @param values the widgets' values, or {@code null} outside a UI run (or with no widgets): no widget key */
    private Object keyOf(Object argumentsKey, WidgetSet widgets, List<Object> values) {
        return values == null ? argumentsKey
                : keys.withWidgets(keys.digestOf(argumentsKey), widgets.ids(), values);
    }
}
