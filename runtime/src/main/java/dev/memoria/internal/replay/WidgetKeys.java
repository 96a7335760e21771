package dev.memoria.internal.replay;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.memoria.internal.key.KeyMaker;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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

    private record Known(WidgetSet widgets, Set<Object> storedUnder) {
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
                ? new Known(read, ConcurrentHashMap.newKeySet())
                : new Known(before.widgets().union(read), before.storedUnder()));
        Object entryKey = keyNow(argumentsKey, known.widgets());
        known.storedUnder().add(entryKey);
        return entryKey;
    }

    /** Forgets the widgets of {@code argumentsKey} and returns the keys its results were stored under. */
    public Set<Object> forget(Object argumentsKey) {
        Known known = byArguments.asMap().remove(argumentsKey);
        return known == null ? Set.of(argumentsKey) : Set.copyOf(known.storedUnder());
    }

    public void clear() {
        byArguments.invalidateAll();
    }

    private Object keyNow(Object argumentsKey, WidgetSet widgets) {
        if (widgets.isEmpty()) {
            return argumentsKey;
        }
        List<Object> values = widgets.valuesNow();
        return values == null ? argumentsKey
                : keys.withWidgets(keys.digestOf(argumentsKey), widgets.ids(), values);
    }
}
