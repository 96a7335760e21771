package dev.memoria.ui.widget;

import dev.memoria.ui.internal.report.Messages;

import java.util.List;
import java.util.Optional;

/**
 * A widget whose value is one of its options, shown by their {@code String.valueOf}: {@link Selectbox} and
 * {@link Radio}. With no options its value is null.
 *
 * @param <T> the type of the options
 */
public sealed interface ChoiceWidget<T> extends Widget<T> permits Selectbox, Radio {

    /** The options, in the order shown. */
    List<T> options();

    /** The index of the initially chosen option. */
    int index();

    @Override
    default List<Object> parameters() {
        return List.of(options(), index());
    }

    @Override
    default T initial() {
        return options().isEmpty() ? null : options().get(index());
    }

    @Override
    default Optional<T> fromBrowser(Object sent) {
        return Numbers.like(0, sent).filter(i -> i >= 0 && i < options().size()).map(options()::get);
    }

    @Override
    default boolean admits(T value) {
        return value == null ? options().isEmpty() : options().contains(value);
    }

    /** Checks a choice widget's arguments and returns an unmodifiable copy of its options. */
    static <T> List<T> check(String kind, String label, List<T> options, int index, String key) {
        Checks.label(label);
        Checks.key(key);
        List<T> copy = List.copyOf(options);
        if (copy.isEmpty() ? index != 0 : index < 0 || index >= copy.size()) {
            throw new IllegalArgumentException(Messages.notAnOptionIndex(kind, label, index, copy.size()));
        }
        return copy;
    }
}
