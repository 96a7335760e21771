package dev.memoria.ui.widget;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A date picker ({@code st.date_input}) that starts at {@code value}, or at today's date when {@code value} is null
 * (then the widget keeps its identity across midnight).
 */
public record DateInput(String label, LocalDate value, String key) implements Widget<LocalDate> {

    public DateInput {
        Checks.label(label);
        Checks.key(key);
    }

    @Override
    public String kind() {
        return "dateInput";
    }

    @Override
    public List<Object> parameters() {
        return Arrays.asList(value);
    }

    @Override
    public LocalDate initial() {
        return value == null ? LocalDate.now() : value;
    }

    /** Accepts an ISO date, {@code 2024-05-31}. */
    @Override
    public Optional<LocalDate> fromBrowser(Object sent) {
        if (!(sent instanceof String text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean admits(LocalDate date) {
        return true;
    }
}
