package dev.memoria.it.keys;

import dev.memoria.UnhashableParameterException;
import dev.memoria.it.keys.ArgumentFixtures.Color;
import dev.memoria.it.keys.ArgumentFixtures.Light;
import dev.memoria.it.keys.ArgumentFixtures.Point;
import dev.memoria.it.keys.ArgumentFixtures.Row;
import dev.memoria.it.keys.ArgumentFixtures.Size;
import dev.memoria.it.keys.ArgumentFixtures.WideRow;
import dev.memoria.it.support.FreshCaches;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Streamlit's hashing rules (§2.3, §7 scenarios 11–23), shown through cache behaviour: {@code seen(a); seen(b)} runs
 * the body once when a and b make the same key, twice when they do not. Python types map to their Java counterparts:
 * tuples to arrays, dicts to maps, dataclasses to records, NumPy arrays and images to primitive arrays, DataFrames to
 * lists of records, BytesIO to ByteBuffer. Where Java's {@code equals} differs from Python, Java wins: maps and sets
 * compare by content whatever their order, and {@code BigDecimal} 1.0 differs from 1.00.
 */
@ExtendWith(FreshCaches.class)
@DisplayName("Argument hashing: equal values are one key, different values are two")
class ArgumentHashingIT {

    static Stream<Arguments> sameKey() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        double[] large = largeArray();
        return Stream.of(
                arguments("11: identical strings", "hello", new String("hello")),
                arguments("11: UUIDs equal by value", UUID.fromString("4b1e0a4e-8a0c-4f5c-9a55-0a1b2c3d4e5f"),
                        UUID.fromString("4b1e0a4e-8a0c-4f5c-9a55-0a1b2c3d4e5f")),
                arguments("11: zoned date-times with the same zone (pandas Timestamp with tz)",
                        ZonedDateTime.of(2024, 5, 1, 12, 0, 0, 0, paris),
                        ZonedDateTime.of(2024, 5, 1, 12, 0, 0, 0, paris)),
                arguments("11: regexes with the same pattern and flags",
                        Pattern.compile("a+b", Pattern.CASE_INSENSITIVE), Pattern.compile("a+b", Pattern.CASE_INSENSITIVE)),
                arguments("12: self-referencing lists of equal structure", selfReferencingList(), selfReferencingList()),
                arguments("12: lists of equal elements, whatever the List class",
                        new ArrayList<>(List.of(1, 2)), List.of(1, 2)),
                arguments("12: maps with equal entries in another insertion order (Map.equals)",
                        linkedMap("a", 1, "b", 2), linkedMap("b", 2, "a", 1)),
                arguments("12: sets with equal members, whatever their order (Set.equals)",
                        new HashSet<>(List.of("x", "y", "z")), new TreeSet<>(List.of("z", "y", "x"))),
                arguments("15: tables with equal rows", table(), table()),
                arguments("15: two 100,000-row all-zero columns", new long[100_000], new long[100_000]),
                arguments("17: a large (1e6) array equals a copy of itself", large, large.clone()),
                arguments("18: images with equal pixels", image(0), image(0)),
                arguments("19: byte buffers with equal content", ByteBuffer.wrap(bytes()), ByteBuffer.wrap(bytes())),
                arguments("20: two paths to the same file", Path.of("/tmp/data.csv"), Path.of("/tmp/data.csv")),
                arguments("22: equal records", new Point(1, 2), new Point(1, 2)),
                arguments("23: the same enum constant", Color.RED, Color.RED));
    }

    static Stream<Arguments> differentKeys() {
        double[] large = largeArray();
        double[] largeChangedAtTheEnd = large.clone();
        largeChangedAtTheEnd[largeChangedAtTheEnd.length - 1] += 1;
        ByteBuffer advanced = ByteBuffer.wrap(bytes());
        advanced.position(1);
        return Stream.of(
                arguments("11: \"hello\" and \"hellö\"", "hello", "hellö"),
                arguments("11: -1 and 1", -1, 1),
                arguments("11: 2^7 and 2^7 - 1", 128, 127),
                arguments("11: 2^7 and 2^7 + 1", 128, 129),
                arguments("11: true and false", true, false),
                arguments("11: null and false", null, false),
                arguments("11: true and 1", true, 1),
                arguments("11: an int and a long of the same value", 1, 1L),
                arguments("11: a local (naive) and a zoned (aware) date-time with the same fields",
                        LocalDateTime.of(2024, 5, 1, 12, 0),
                        ZonedDateTime.of(2024, 5, 1, 12, 0, 0, 0, ZoneId.of("UTC"))),
                arguments("11: classes (builtins) differ by name", String.class, Integer.class),
                arguments("11: regexes with other flags", Pattern.compile("a+b"),
                        Pattern.compile("a+b", Pattern.CASE_INSENSITIVE)),
                arguments("11: regexes with another pattern", Pattern.compile("a+b"), Pattern.compile("a*b")),
                arguments("12: [1, 2] and [2, 2]", List.of(1, 2), List.of(2, 2)),
                arguments("12: lists in another order", List.of(1, 2), List.of(2, 1)),
                arguments("12: [1] and 1", List.of(1), 1),
                arguments("12: an array (tuple) and a list with the same element", new Object[] {1}, List.of(1)),
                arguments("12: {1: 1} and {1: 2}", Map.of(1, 1), Map.of(1, 2)),
                arguments("12: {1: 1} and [[1, 1]]", Map.of(1, 1), List.of(List.of(1, 1))),
                arguments("12: a map nested in a map and the inner map alone", Map.of("a", Map.of("b", 1)),
                        Map.of("b", 1)),
                arguments("15: a changed value", table(), replaceRow(table(), 2, new Row("c", 3, 0.31))),
                arguments("15: an extra column", table(), List.of(new WideRow("a", 1, 0.1, ""),
                        new WideRow("b", 2, 0.2, ""), new WideRow("c", 3, 0.3, ""))),
                arguments("15: another sort order", table(), List.of(table().get(2), table().get(1), table().get(0))),
                arguments("15: 100,000 zeros and 100,000 ones", new long[100_000], filled(100_000, 1)),
                arguments("16: the same values as long and as int", new long[] {1, 2, 3}, new int[] {1, 2, 3}),
                arguments("17: zeros(10) and zeros(11)", new double[10], new double[11]),
                arguments("17: a large (1e6) array and a copy with its last element changed", large,
                        largeChangedAtTheEnd),
                arguments("18: images differing in the colour of the last pixel", image(0), image(0xFF0000)),
                arguments("19: byte buffers after position(1)", ByteBuffer.wrap(bytes()), advanced),
                arguments("20: paths to different files", Path.of("/tmp/data.csv"), Path.of("/tmp/other.csv")),
                arguments("22: records differing in one component", new Point(1, 2), new Point(1, 3)),
                arguments("22: records of two types with equal components", new Point(1, 2), new Size(1, 2)),
                arguments("23: two constants of one enum", Color.RED, Color.GREEN),
                arguments("23: same-named constants of two enums", Color.RED, Light.RED),
                arguments("BigDecimal 1.0 and 1.00 (BigDecimal.equals)", new BigDecimal("1.0"), new BigDecimal("1.00")));
    }

    @DisplayName("Equal values make one key: the second call hits")
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void sameKey(String description, Object first, Object second) {
        assertThat(ArgumentFixtures.seen(first)).isEqualTo(1);
        assertThat(ArgumentFixtures.seen(second)).as("the second call hits the first one's entry").isEqualTo(1);
    }

    @DisplayName("Different values make different keys: both calls run the body")
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void differentKeys(String description, Object first, Object second) {
        assertThat(ArgumentFixtures.seen(first)).isEqualTo(1);
        assertThat(ArgumentFixtures.seen(second)).as("the second call runs the body").isEqualTo(2);
        assertThat(ArgumentFixtures.seen(first)).as("the first value is still cached").isEqualTo(1);
    }

    static Stream<Arguments> unhashableValues() {
        Iterator<Integer> generator = List.of(1, 2).iterator();
        return Stream.of(
                arguments("13: an iterator (a generator)", generator, generator.getClass().getName()),
                arguments("13: a stream", Stream.of(1), Stream.of(1).getClass().getName()),
                arguments("13: a plain object", new Object(), "java.lang.Object"),
                arguments("13: a map holding an iterator", Map.of("gen", generator), generator.getClass().getName()));
    }

    @DisplayName("§7 scenario 13: a value with no hashing rule, even nested, fails with UnhashableParameterException"
                 + " naming the parameter and the type, and the body does not run")
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void unhashableValues(String description, Object value, String type) {
        UnhashableParameterException thrown = catchThrowableOfType(UnhashableParameterException.class,
                () -> ArgumentFixtures.seen(value));

        assertThat(thrown.method()).isEqualTo("dev.memoria.it.keys.ArgumentFixtures.seen(Object)");
        assertThat(thrown.parameterIndex()).isZero();
        assertThat(thrown.parameterName()).isEqualTo("value");
        assertThat(thrown.typeName()).isEqualTo(type);
        assertThat(thrown.getMessage()).startsWith("Cannot build the cache key of"
                                                   + " dev.memoria.it.keys.ArgumentFixtures.seen(Object):\n");
        assertThat(ArgumentFixtures.CALLS.count("seen")).isZero();
    }

    static Stream<Arguments> unhashableFunctions() {
        return Stream.of(
                arguments("13: a lambda", (Runnable) () -> { }),
                arguments("13: a method reference (a named function)", (Function<String, Integer>) String::length));
    }

    @DisplayName("§7 scenario 13: a lambda or a method reference fails with UnhashableParameterException, and the"
                 + " body does not run")
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void unhashableFunctions(String description, Object function) {
        UnhashableParameterException thrown = catchThrowableOfType(UnhashableParameterException.class,
                () -> ArgumentFixtures.seen(function));

        assertThat(thrown.parameterName()).isEqualTo("value");
        assertThat(thrown.getMessage()).startsWith("Cannot build the cache key of"
                                                   + " dev.memoria.it.keys.ArgumentFixtures.seen(Object):\n");
        assertThat(ArgumentFixtures.CALLS.count("seen")).isZero();
    }

    private static List<Object> selfReferencingList() {
        List<Object> list = new ArrayList<>();
        list.add(1);
        list.add(list);
        return list;
    }

    private static Map<String, Integer> linkedMap(String k1, int v1, String k2, int v2) {
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }

    private static List<Row> table() {
        return List.of(new Row("a", 1, 0.1), new Row("b", 2, 0.2), new Row("c", 3, 0.3));
    }

    private static List<Row> replaceRow(List<Row> table, int index, Row row) {
        List<Row> changed = new ArrayList<>(table);
        changed.set(index, row);
        return changed;
    }

    private static long[] filled(int length, long value) {
        long[] array = new long[length];
        Arrays.fill(array, value);
        return array;
    }

    private static double[] largeArray() {
        double[] array = new double[1_000_000];
        for (int i = 0; i < array.length; i++) {
            array[i] = i * 0.5;
        }
        return array;
    }

    /** A 1000×1000 RGB image, uniformly black except for its last pixel. */
    private static int[][] image(int lastPixel) {
        int[][] pixels = new int[1000][1000];
        pixels[999][999] = lastPixel;
        return pixels;
    }

    private static byte[] bytes() {
        return "some bytes".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
