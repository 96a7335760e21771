package dev.memoria.bench.table;

import java.io.Serializable;

/** Streamlit's benchmark value: a table of four {@code double} columns. */
public record Columns(double[] a, double[] b, double[] c, double[] d) implements Serializable {

    /** Four columns of {@code rows} values each; cheap to fill, so generating 100M rows takes a second. */
    static Columns filled(int rows) {
        double[][] columns = new double[4][rows];
        for (int column = 0; column < 4; column++) {
            double[] values = columns[column];
            for (int row = 0; row < rows; row++) {
                values[row] = row * 0.001 + column;
            }
        }
        return new Columns(columns[0], columns[1], columns[2], columns[3]);
    }

    /** The plain deep copy every other contender is compared with. */
    Columns deepCopy() {
        return new Columns(a.clone(), b.clone(), c.clone(), d.clone());
    }

    long bytes() {
        return 8L * (a.length + b.length + c.length + d.length);
    }

    /** Equal contents (records compare arrays by reference). */
    boolean sameValues(Columns other) {
        return java.util.Arrays.equals(a, other.a) && java.util.Arrays.equals(b, other.b)
               && java.util.Arrays.equals(c, other.c) && java.util.Arrays.equals(d, other.d);
    }
}
