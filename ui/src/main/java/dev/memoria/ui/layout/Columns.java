package dev.memoria.ui.layout;

import java.util.ArrayList;
import java.util.List;

/** Side-by-side containers ({@code st.columns}), one per weight, each as wide as its share of the total weight. */
public record Columns(List<Double> weights) implements Layout {

    public Columns {
        weights = List.copyOf(weights);
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("columns need at least one column; got none");
        }
        for (double weight : weights) {
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("column weights must be positive and finite; got " + weights);
            }
        }
    }

    /** {@code count} columns of equal width. */
    public static Columns equal(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("columns need a count of at least 1; got " + count);
        }
        List<Double> weights = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            weights.add(1.0);
        }
        return new Columns(weights);
    }

    @Override
    public int containers() {
        return weights.size();
    }
}
