package dev.memoria.ui.layout;

import dev.memoria.ui.internal.report.Messages;

import java.util.ArrayList;
import java.util.List;

/** Side-by-side containers ({@code st.columns}), one per weight, each as wide as its share of the total weight. */
public record Columns(List<Double> weights) implements Layout {

    public Columns {
        weights = List.copyOf(weights);
        if (weights.isEmpty()) {
            throw new IllegalArgumentException(Messages.noColumns());
        }
        for (double weight : weights) {
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException(Messages.badColumnWeights(weights.toString()));
            }
        }
    }

    /** {@code count} columns of equal width. */
    public static Columns equal(int count) {
        if (count < 1) {
            throw new IllegalArgumentException(Messages.badColumnCount(count));
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
