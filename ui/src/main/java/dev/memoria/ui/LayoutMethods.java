package dev.memoria.ui;

import dev.memoria.ui.element.Spinner;
import dev.memoria.ui.layout.Columns;
import dev.memoria.ui.layout.Empty;
import dev.memoria.ui.layout.Expander;
import dev.memoria.ui.layout.Group;
import dev.memoria.ui.layout.Layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The layout calls of a {@link Container}, named as in Streamlit. Each one passes a {@link Layout} record to
 * {@link #open(Layout)}, the one method through which every block a container holds is made.
 */
public interface LayoutMethods {

    /**
     * Adds a block laid out as {@code layout} and returns its containers, in order: one for most layouts, one per
     * column for {@link Columns}. Every other method of this interface ends here.
     */
    List<Container> open(Layout layout);

    /** A container ({@code st.container}), which the app can fill later, or from another thread. */
    default Container container() {
        return open(new Group()).get(0);
    }

    /** {@code count} columns of equal width ({@code st.columns}). */
    default List<Container> columns(int count) {
        return open(Columns.equal(count));
    }

    /** Columns as wide as their share of the total weight, e.g. {@code columns(2, 1)}. */
    default List<Container> columns(double... weights) {
        List<Double> list = new ArrayList<>(weights.length);
        for (double weight : weights) {
            list.add(weight);
        }
        return open(new Columns(list));
    }

    /** A collapsed section with a label the user clicks to open it ({@code st.expander}). */
    default Container expander(String label) {
        return open(new Expander(label, false)).get(0);
    }

    /** A section with a label, open or closed to start with. */
    default Container expander(String label, boolean expanded) {
        return open(new Expander(label, expanded)).get(0);
    }

    /** A placeholder that shows one item at a time ({@code st.empty}): each new item replaces the previous one. */
    default Container empty() {
        return open(new Empty()).get(0);
    }

    /**
     * Shows a spinner with {@code text} until the returned scope is closed ({@code st.spinner}):
     * {@code try (var working = St.spinner("Loading...")) { ... }}. The spinner sits in a placeholder that is
     * emptied on close.
     */
    default UntilClosed spinner(String text) {
        Container placeholder = empty();
        placeholder.show(new Spinner(text));
        return placeholder::clear;
    }
}
