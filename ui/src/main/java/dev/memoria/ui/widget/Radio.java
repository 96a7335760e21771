package dev.memoria.ui.widget;

import java.util.List;

/** A group of radio buttons ({@code st.radio}) that starts at {@code options.get(index)}. */
public record Radio<T>(String label, List<T> options, int index, String key) implements ChoiceWidget<T> {

    private static final String KIND = "radio";

    public Radio {
        options = ChoiceWidget.check(KIND, label, options, index, key);
    }

    @Override
    public String kind() {
        return KIND;
    }
}
