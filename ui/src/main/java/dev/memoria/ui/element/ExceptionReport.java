package dev.memoria.ui.element;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An exception as the page shows it ({@code st.exception}): its type, message and stack trace as lines of text,
 * causes included. Kept as strings so that the element stays plain data.
 */
public record ExceptionReport(String type, String message, List<String> trace) implements Element {

    public ExceptionReport {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(message, "message");
        trace = List.copyOf(trace);
    }

    /** The report of {@code exception}: frames of the exception, then "Caused by: ..." and the frames of each cause. */
    public static ExceptionReport of(Throwable exception) {
        List<String> trace = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = exception; t != null && seen.add(t); t = t.getCause()) {
            if (t != exception) {
                trace.add("Caused by: " + t);
            }
            for (StackTraceElement frame : t.getStackTrace()) {
                trace.add("at " + frame);
            }
        }
        String message = exception.getMessage() == null ? "" : exception.getMessage();
        return new ExceptionReport(exception.getClass().getName(), message, trace);
    }
}
