package dev.memoria.it.disk.apps;

import dev.memoria.CacheData;
import dev.memoria.Persist;

/**
 * A persisted value of more than 4 GiB: four {@code double[]} columns. Argument {@code columns:<length>} calls the
 * method and checks every element of the value it gets against the formula the body uses, printing
 * {@code columns:<length> = 4 x double[<length>], every element as computed} or the first mismatch.
 */
public final class Huge {

    /** The value: four columns. */
    public record Columns(double[] a, double[] b, double[] c, double[] d) {
    }

    private Huge() {
    }

    public static void main(String[] args) {
        String call = args[0];
        int length = Integer.parseInt(call.substring("columns:".length()));
        Columns columns = columns(length);
        System.out.println(call + " = " + check(columns, length));
    }

    @CacheData(persist = Persist.DISK, showSpinner = false)
    static Columns columns(int length) {
        System.out.println("ran columns:" + length);
        Columns columns = new Columns(new double[length], new double[length], new double[length],
                new double[length]);
        for (int i = 0; i < length; i++) {
            columns.a[i] = i;
            columns.b[i] = -i;
            columns.c[i] = i + 0.5;
            columns.d[i] = length - i;
        }
        return columns;
    }

    private static String check(Columns columns, int length) {
        double[][] all = {columns.a, columns.b, columns.c, columns.d};
        for (int column = 0; column < all.length; column++) {
            if (all[column].length != length) {
                return "column " + column + " has " + all[column].length + " elements";
            }
        }
        for (int i = 0; i < length; i++) {
            if (columns.a[i] != i || columns.b[i] != -i || columns.c[i] != i + 0.5 || columns.d[i] != length - i) {
                return "mismatch at " + i + ": " + columns.a[i] + ", " + columns.b[i] + ", " + columns.c[i] + ", "
                       + columns.d[i];
            }
        }
        return "4 x double[" + length + "], every element as computed";
    }
}
