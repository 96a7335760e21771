package dev.memoria.ui.widget;

import java.util.List;

/** A drop-down list ({@code st.selectbox}) that starts at {@code options.get(index)}. */
public record Selectbox<T>(String label, List<T> options, int index, String key) implements ChoiceWidget<T> {

    private static final String KIND = "selectbox";

    public Selectbox {
        options = ChoiceWidget.check(KIND, label, options, index, key);
    }

    @Override
    public String kind() {
        return KIND;
    }
}
