package dev.memoria.it.disk.apps;

import dev.memoria.CacheData;
import dev.memoria.Persist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Persisted values of every shape: a record holding records, lists, maps, nested arrays and a null field; a null
 * result; an empty list; and a large array, which goes to a blob file. Arguments are calls such as
 * {@code catalog:north}, {@code nothing:1}, {@code empty}, {@code samples:40000000}; each prints
 * {@code <call> = <value>}, and each body prints {@code ran <call>} when it runs.
 */
public final class Catalogs {

    /** One line of a catalog. */
    public record Item(int id, String label, List<String> tags) {
    }

    /** A value made of the shapes a persisted value can have. */
    public record Catalog(String name, List<Item> items, Map<String, List<Double>> prices, int[][] grid,
                          String[][] labels, String note) {

        /** Arrays by content, containers with their classes: two catalogs print alike exactly when they are equal. */
        @Override
        public String toString() {
            return "Catalog[name=" + name + ", items=" + Values.describe(items) + ", prices="
                   + prices.getClass().getName() + new TreeMap<>(prices) + ", grid=" + Arrays.deepToString(grid)
                   + ", labels=" + Arrays.deepToString(labels) + ", note=" + note + "]";
        }
    }

    private Catalogs() {
    }

    public static void main(String[] args) {
        for (String call : args) {
            String[] parts = call.split(":", 2);
            Object value = switch (parts[0]) {
                case "catalog" -> catalog(parts[1]);
                case "nothing" -> nothing(Integer.parseInt(parts[1]));
                case "empty" -> empty();
                case "samples" -> Values.describe(samples(Integer.parseInt(parts[1])));
                default -> throw new IllegalArgumentException(call);
            };
            System.out.println(call + " = " + Values.describe(value));
        }
    }

    @CacheData(persist = Persist.DISK)
    static Catalog catalog(String name) {
        System.out.println("ran catalog:" + name);
        return buildCatalog(name);
    }

    @CacheData(persist = Persist.DISK)
    static String nothing(int n) {
        System.out.println("ran nothing:" + n);
        return null;
    }

    @CacheData(persist = Persist.DISK)
    static List<String> empty() {
        System.out.println("ran empty");
        return new ArrayList<>();
    }

    @CacheData(persist = Persist.DISK, showSpinner = false)
    static double[] samples(int count) {
        System.out.println("ran samples:" + count);
        return Values.ramp(count, count);
    }

    /** What {@link #catalog} computes. */
    public static Catalog buildCatalog(String name) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            items.add(new Item(i, name + "-" + i, i % 3 == 0 ? List.of() : List.of("tag" + i, "tag" + (i + 1))));
        }
        Map<String, List<Double>> prices = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            prices.put("p" + i, new ArrayList<>(List.of(i * 1.5, i * 2.5)));
        }
        int[][] grid = {{1, 2, 3}, {}, {name.length()}};
        String[][] labels = {{"a", null}, {name}};
        return new Catalog(name, items, prices, grid, labels, null);
    }

    /** How {@link #main} prints {@code catalog:name} from a value computed in the test. */
    public static String expectedCatalog(String name) {
        return Values.describe(buildCatalog(name));
    }

    /** How {@link #main} prints {@code samples:count} from a value computed in the test. */
    public static String expectedSamples(int count) {
        return Values.describe(Values.ramp(count, count));
    }
}
