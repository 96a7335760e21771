package dev.memoria.ui.widget;

import java.util.List;
import java.util.Optional;

/**
 * An input the user changes in the page; {@link dev.memoria.ui.Container#input(Widget)} shows it and returns its
 * current value. Widgets are records of plain data, so that an {@code input} call can be recorded and made again.
 *
 * <p>A widget's identity (see {@link WidgetId}) is its {@link #key()} when it has one, otherwise its kind, label and
 * {@link #parameters()}: the same call in the next run is the same widget and keeps the user's value, while a call
 * with other parameters is a new widget that starts from {@link #initial()}.
 *
 * @param <T> the type of its value
 */
public sealed interface Widget<T> permits Button, Checkbox, NumericWidget, TextWidget, ChoiceWidget, Multiselect,
                                          DateInput {

    /** The name of the {@code St} method that makes it, e.g. "slider": part of its identity and of messages. */
    String kind();

    /** The text shown with it. */
    String label();

    /** The key the app gave it, or {@code null}; a key alone identifies a widget and must be unique in a run. */
    String key();

    /** The parameters besides the label that tell two unkeyed widgets of one kind apart. */
    List<Object> parameters();

    /** The value before the user changes it. */
    T initial();

    /**
     * The value the browser sent (decoded JSON: a Boolean, Long, Double, String or List), or empty when it is not a
     * valid value of this widget: a stale or forged request then leaves the widget's value as it was.
     */
    Optional<T> fromBrowser(Object sent);

    /** Whether a value kept from an earlier run is valid under this widget's parameters (a keyed widget's may change). */
    boolean admits(T value);

    /** Whether the value is true only in the run the user's action started, as a button's is. */
    default boolean trigger() {
        return false;
    }
}
