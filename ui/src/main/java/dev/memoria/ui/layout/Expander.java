package dev.memoria.ui.layout;

import java.util.Objects;

/**
 * A collapsible container ({@code st.expander}). {@code expanded} is only how it starts: the user's toggling is kept
 * in the page across re-runs.
 */
public record Expander(String label, boolean expanded) implements Layout {

    public Expander {
        Objects.requireNonNull(label, "label");
    }
}
