package dev.memoria.ui.widget;

import java.util.List;
import java.util.Optional;

/** A button ({@code st.button}): its value is true in the one run that its click starts, false otherwise. */
public record Button(String label, String key) implements Widget<Boolean> {

    public Button {
        Checks.label(label);
        Checks.key(key);
    }

    @Override
    public String kind() {
        return "button";
    }

    @Override
    public List<Object> parameters() {
        return List.of();
    }

    @Override
    public Boolean initial() {
        return false;
    }

    @Override
    public Optional<Boolean> fromBrowser(Object sent) {
        return Boolean.TRUE.equals(sent) ? Optional.of(true) : Optional.empty();
    }

    @Override
    public boolean admits(Boolean value) {
        return false;
    }

    @Override
    public boolean trigger() {
        return true;
    }
}
