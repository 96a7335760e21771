package dev.memoria.internal.replay;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The widgets a method that allows widgets has read for one set of arguments, by identity (Streamlit's
 * {@code widget_ids}). Immutable; a computation that reads more widgets widens the set by {@link #union}.
 */
public final class WidgetSet {

    /** No widget read. */
    public static final WidgetSet NONE = new WidgetSet(new TreeMap<>());

    private final SortedMap<String, WidgetRead> byId;

    private WidgetSet(SortedMap<String, WidgetRead> byId) {
        this.byId = byId;
    }

    static WidgetSet of(Collection<WidgetRead> reads) {
        if (reads.isEmpty()) {
            return NONE;
        }
        SortedMap<String, WidgetRead> byId = new TreeMap<>();
        reads.forEach(read -> byId.putIfAbsent(read.id(), read));
        return new WidgetSet(byId);
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }

    /** These widgets and {@code other}'s; for a widget in both, the later record describes it. */
    public WidgetSet union(WidgetSet other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        SortedMap<String, WidgetRead> byId = new TreeMap<>(this.byId);
        byId.putAll(other.byId);
        return new WidgetSet(byId);
    }

    /** The widgets' identities, in order. */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /** The widgets as people read them, in the order of {@link #ids()}: the toolkit's description of each. */
    public List<String> descriptions() {
        return byId.values().stream().map(read -> String.valueOf(read.widget())).toList();
    }

    /**
     * The widgets' values in the calling thread's UI run, in the order of {@link #ids()}; {@code null} when no run of
     * their toolkit is active here, so they cannot be read.
     */
    public List<Object> valuesNow() {
        List<Object> values = new ArrayList<>(byId.size());
        for (WidgetRead read : byId.values()) {
            ReplayBinding binding = ReplayBindings.of(read.toolkit());
            Object target = binding == null ? null : binding.activeTarget();
            if (target == null) {
                return null;
            }
            values.add(binding.peek(target, read.widget()));
        }
        return values;
    }

    @Override
    public String toString() {
        return "WidgetSet" + byId.keySet();
    }
}
