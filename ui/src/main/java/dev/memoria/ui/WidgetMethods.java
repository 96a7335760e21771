package dev.memoria.ui;

import dev.memoria.ui.widget.Button;
import dev.memoria.ui.widget.Checkbox;
import dev.memoria.ui.widget.DateInput;
import dev.memoria.ui.widget.Multiselect;
import dev.memoria.ui.widget.NumberInput;
import dev.memoria.ui.widget.Radio;
import dev.memoria.ui.widget.Selectbox;
import dev.memoria.ui.widget.Slider;
import dev.memoria.ui.widget.TextArea;
import dev.memoria.ui.widget.TextInput;
import dev.memoria.ui.widget.Widget;

import java.time.LocalDate;
import java.util.List;

/**
 * The widget calls of a {@link Container}, named as in Streamlit. Each returns the widget's current value: its
 * initial value until the user changes it, then the user's. Each builds a {@link Widget} record and passes it to
 * {@link #input(Widget)}, the one method through which every widget is shown and read.
 *
 * <p>A widget without a key is identified by its kind, label and parameters; the overloads whose last parameter
 * is {@code String key} identify it by the key instead (then two widgets may share a label, and changing the other
 * parameters keeps the user's value where it is still valid).
 */
public interface WidgetMethods {

    /** Shows {@code widget} and returns its current value. Every other method of this interface ends here. */
    <T> T input(Widget<T> widget);

    /** A button ({@code st.button}): true in the run its click starts, false otherwise. */
    default boolean button(String label) {
        return input(new Button(label, null));
    }

    default boolean button(String label, String key) {
        return input(new Button(label, key));
    }

    /** A checkbox ({@code st.checkbox}), unchecked to start with. */
    default boolean checkbox(String label) {
        return input(new Checkbox(label, false, null));
    }

    default boolean checkbox(String label, boolean value) {
        return input(new Checkbox(label, value, null));
    }

    default boolean checkbox(String label, boolean value, String key) {
        return input(new Checkbox(label, value, key));
    }

    /** A whole-number slider ({@code st.slider}) starting at {@code min}. */
    default int slider(String label, int min, int max) {
        return input(new Slider<>(label, min, max, min, 1, null));
    }

    default int slider(String label, int min, int max, int value) {
        return input(new Slider<>(label, min, max, value, 1, null));
    }

    default int slider(String label, int min, int max, int value, int step, String key) {
        return input(new Slider<>(label, min, max, value, step, key));
    }

    /** A decimal slider in steps of 0.01, starting at {@code min}. */
    default double slider(String label, double min, double max) {
        return input(new Slider<>(label, min, max, min, 0.01, null));
    }

    default double slider(String label, double min, double max, double value) {
        return input(new Slider<>(label, min, max, value, 0.01, null));
    }

    default double slider(String label, double min, double max, double value, double step, String key) {
        return input(new Slider<>(label, min, max, value, step, key));
    }

    /** An unbounded whole-number field with step buttons ({@code st.number_input}). */
    default int numberInput(String label, int value) {
        return input(new NumberInput<>(label, null, null, value, 1, null));
    }

    /** An unbounded decimal field in steps of 0.01. */
    default double numberInput(String label, double value) {
        return input(new NumberInput<>(label, null, null, value, 0.01, null));
    }

    /** A whole-number field; {@code min} and {@code max} may be null for no bound. */
    default int numberInput(String label, Integer min, Integer max, int value, int step, String key) {
        return input(new NumberInput<>(label, min, max, value, step, key));
    }

    /** A decimal field; {@code min} and {@code max} may be null for no bound. */
    default double numberInput(String label, Double min, Double max, double value, double step, String key) {
        return input(new NumberInput<>(label, min, max, value, step, key));
    }

    /** A one-line text field ({@code st.text_input}), empty to start with; its value changes on Enter or leaving. */
    default String textInput(String label) {
        return input(new TextInput(label, "", null));
    }

    default String textInput(String label, String value) {
        return input(new TextInput(label, value, null));
    }

    default String textInput(String label, String value, String key) {
        return input(new TextInput(label, value, key));
    }

    /** A multi-line text field ({@code st.text_area}); its value changes on leaving it or Ctrl+Enter. */
    default String textArea(String label) {
        return input(new TextArea(label, "", null));
    }

    default String textArea(String label, String value) {
        return input(new TextArea(label, value, null));
    }

    default String textArea(String label, String value, String key) {
        return input(new TextArea(label, value, key));
    }

    /** A drop-down list ({@code st.selectbox}) starting at the first option; null when there are no options. */
    default <T> T selectbox(String label, List<T> options) {
        return input(new Selectbox<>(label, options, 0, null));
    }

    default <T> T selectbox(String label, List<T> options, int index, String key) {
        return input(new Selectbox<>(label, options, index, key));
    }

    /** Radio buttons ({@code st.radio}) starting at the first option; null when there are no options. */
    default <T> T radio(String label, List<T> options) {
        return input(new Radio<>(label, options, 0, null));
    }

    default <T> T radio(String label, List<T> options, int index, String key) {
        return input(new Radio<>(label, options, index, key));
    }

    /** A pick-any-number list ({@code st.multiselect}), nothing picked to start with. */
    default <T> List<T> multiselect(String label, List<T> options) {
        return input(new Multiselect<>(label, options, List.of(), null));
    }

    default <T> List<T> multiselect(String label, List<T> options, List<T> defaults, String key) {
        return input(new Multiselect<>(label, options, defaults, key));
    }

    /** A date picker ({@code st.date_input}) starting at today. */
    default LocalDate dateInput(String label) {
        return input(new DateInput(label, null, null));
    }

    default LocalDate dateInput(String label, LocalDate value) {
        return input(new DateInput(label, value, null));
    }

    default LocalDate dateInput(String label, LocalDate value, String key) {
        return input(new DateInput(label, value, key));
    }
}
