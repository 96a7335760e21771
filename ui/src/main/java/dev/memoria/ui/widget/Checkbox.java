package dev.memoria.ui.widget;

import java.util.List;
import java.util.Optional;

/** A checkbox ({@code st.checkbox}) that starts as {@code value}. */
public record Checkbox(String label, boolean value, String key) implements Widget<Boolean> {

    public Checkbox {
        Checks.label(label);
        Checks.key(key);
    }

    @Override
    public String kind() {
        return "checkbox";
    }

    @Override
    public List<Object> parameters() {
        return List.of(value);
    }

    @Override
    public Boolean initial() {
        return value;
    }

    @Override
    public Optional<Boolean> fromBrowser(Object sent) {
        return sent instanceof Boolean checked ? Optional.of(checked) : Optional.empty();
    }

    @Override
    public boolean admits(Boolean value) {
        return true;
    }
}
