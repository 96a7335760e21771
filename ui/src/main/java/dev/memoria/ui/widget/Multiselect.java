package dev.memoria.ui.widget;

import dev.memoria.ui.internal.report.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A list of options of which the user picks any number ({@code st.multiselect}); its value lists the picked options
 * in the order of {@code options}.
 *
 * @param <T> the type of the options
 */
public record Multiselect<T>(String label, List<T> options, List<T> defaults, String key) implements Widget<List<T>> {

    public Multiselect {
        Checks.label(label);
        Checks.key(key);
        options = List.copyOf(options);
        defaults = List.copyOf(defaults);
        if (!options.containsAll(defaults)) {
            throw new IllegalArgumentException(Messages.defaultsNotAmongOptions(label, defaults.toString(),
                    options.toString()));
        }
    }

    @Override
    public String kind() {
        return "multiselect";
    }

    @Override
    public List<Object> parameters() {
        return List.of(options, defaults);
    }

    @Override
    public List<T> initial() {
        return defaults;
    }

    /** Accepts a list of option indexes. */
    @Override
    public Optional<List<T>> fromBrowser(Object sent) {
        if (!(sent instanceof List<?> indexes)) {
            return Optional.empty();
        }
        boolean[] picked = new boolean[options.size()];
        for (Object index : indexes) {
            Optional<Integer> i = Numbers.like(0, index).filter(n -> n >= 0 && n < picked.length);
            if (i.isEmpty()) {
                return Optional.empty();
            }
            picked[i.get()] = true;
        }
        List<T> value = new ArrayList<>();
        for (int i = 0; i < picked.length; i++) {
            if (picked[i]) {
                value.add(options.get(i));
            }
        }
        return Optional.of(List.copyOf(value));
    }

    @Override
    public boolean admits(List<T> value) {
        return options.containsAll(value);
    }
}
