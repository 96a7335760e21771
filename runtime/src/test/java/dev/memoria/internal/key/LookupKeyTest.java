package dev.memoria.internal.key;

import dev.memoria.Hasher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Lookup keys (by value, for the memory tier) draw exactly the distinctions digests draw: one table of call pairs,
 * each checked both ways, and every lookup key digests to the call's digest.
 */
class LookupKeyTest {

    enum Unit { KG, LB }

    enum Operation {
        PLUS { @Override int apply(int a, int b) { return a + b; } },
        MINUS { @Override int apply(int a, int b) { return a - b; } };

        abstract int apply(int a, int b);
    }

    /** Upper-cases strings before hashing: a method with a hasher for a scalar type must key through it. */
    static final class CaseInsensitive implements Hasher<String> {
        @Override
        public Object hash(String value) {
            return value.toUpperCase();
        }
    }

    record Point(int x, int y) {
    }

    record OtherPoint(int x, int y) {
    }

    record Named(String name, Point where, Unit unit) {
    }

    record Tagged(String tag, List<String> values) {
    }

    /** Claims every instance equal: a lookup key must not trust it, as the digest does not. */
    record Sloppy(String name) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Sloppy;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    /** Its accessor is what the digest reads, not its field. */
    record Rounded(double value) {
        @Override
        public double value() {
            return Math.round(value);
        }
    }

    static Stream<Arguments> pairsOfCalls() {
        return Stream.of(
                arguments(List.of("ab", "c"), List.of("a", "bc")),
                arguments(List.of("ab", "c"), List.of("ab", "c")),
                arguments(List.of(1), List.of(1L)),
                arguments(List.of(1), List.of(1)),
                arguments(List.of(1000), List.of(1000)),
                arguments(List.of((short) 1), List.of(1)),
                arguments(List.of((byte) 1), List.of((short) 1)),
                arguments(List.of('a'), List.of("a")),
                arguments(List.of(true), List.of(1)),
                arguments(List.of(0.0), List.of(-0.0)),
                arguments(List.of(Double.NaN), List.of(Double.longBitsToDouble(0x7ff8000000000001L))),
                arguments(List.of(1.0f), List.of(1.0)),
                arguments(List.of("\uD800"), List.of("\uD801")),
                arguments(List.of("\uD800"), List.of("\uD800")),
                arguments(List.of(Unit.KG), List.of(Unit.KG)),
                arguments(List.of(Unit.KG), List.of(Unit.LB)),
                arguments(List.of(Unit.KG), List.of("KG")),
                arguments(List.of(Operation.PLUS), List.of(Operation.PLUS)),
                arguments(List.of(Operation.PLUS), List.of(Operation.MINUS)),
                arguments(List.of(TimeUnit.SECONDS), List.of(TimeUnit.SECONDS)),
                arguments(Arrays.asList((Object) null), Arrays.asList((Object) null)),
                arguments(Arrays.asList((Object) null), List.of("null")),
                arguments(Arrays.asList(1, null), Arrays.asList(null, 1)),
                arguments(List.of(1, 2), List.of(2, 1)),
                arguments(List.of(1, 2, 3), List.of(1, 2, 3)),
                arguments(List.of(List.of(1, 2)), List.of(new ArrayList<>(List.of(1, 2)))),
                arguments(List.of(List.of(1, 2)), List.of(List.of(2, 1))),
                arguments(List.of("x", List.of(1)), List.of("x", List.of(1))),
                arguments(List.of("x", List.of(1)), List.of("x", 1)),
                arguments(nine(1), nine(1)),
                arguments(nine(1), nine(2)),
                arguments(List.of(), List.of()),
                arguments(List.of(new Point(1, 2)), List.of(new Point(1, 2))),
                arguments(List.of(new Point(1, 2)), List.of(new Point(2, 1))),
                arguments(List.of(new Point(1, 2)), List.of(new OtherPoint(1, 2))),
                arguments(List.of(new Named("a", new Point(1, 2), Unit.KG)), List.of(new Named("a", new Point(1, 2),
                        Unit.KG))),
                arguments(List.of(new Named("a", new Point(1, 2), Unit.KG)), List.of(new Named("a", new Point(1, 3),
                        Unit.KG))),
                arguments(List.of(new Named("a", null, Unit.KG)), List.of(new Named("a", null, Unit.KG))),
                arguments(List.of(new Tagged("t", List.of("a"))), List.of(new Tagged("t", List.of("a")))),
                arguments(List.of(new Tagged("t", List.of("a"))), List.of(new Tagged("t", List.of("b")))),
                arguments(List.of(new Sloppy("a")), List.of(new Sloppy("b"))),
                arguments(List.of(new Rounded(1.2)), List.of(new Rounded(0.8))),
                arguments(List.of(new Rounded(1.2)), List.of(new Rounded(2.2))),
                arguments(List.of(3, "x", new Point(1, 2)), List.of(3, "x", new Point(1, 2))),
                arguments(List.of(3, "x", new Point(1, 2)), List.of(3, "x", new Point(1, 9))));
    }

    private static List<Object> nine(int last) {
        return List.of(0, 0, 0, 0, 0, 0, 0, 0, last);
    }

    @ParameterizedTest
    @MethodSource("pairsOfCalls")
    void lookupKeysAreEqualExactlyWhenDigestsAre(List<Object> first, List<Object> second) {
        if (first.size() != second.size()) {
            return; // different arities are different methods
        }
        KeyMaker maker = Keys.maker(HasherTable.EMPTY, first.size());
        Object[] a = first.toArray();
        Object[] b = second.toArray();

        boolean digestsEqual = maker.keyOf(null, a).equals(maker.keyOf(null, b));

        assertThat(maker.lookupKey(null, a).equals(maker.lookupKey(null, b))).isEqualTo(digestsEqual);
        assertThat(maker.lookupKey(null, a).hashCode() == maker.lookupKey(null, b).hashCode() || !digestsEqual)
                .isTrue();
    }

    /**
     * A maker that knows the declared types takes a primitive, box, {@code String} or enum argument as it is; its keys
     * must be the ones the generic maker builds, for every row of the table.
     */
    @ParameterizedTest
    @MethodSource("pairsOfCalls")
    void declaredScalarParametersKeyAsTheGenericMakerDoes(List<Object> first, List<Object> second) {
        if (first.size() != second.size()) {
            return;
        }
        KeyMaker generic = Keys.maker(HasherTable.EMPTY, first.size());
        for (List<Object> declaredFrom : List.of(first, second)) {
            KeyMaker typed = Keys.maker(HasherTable.EMPTY, declaredTypes(declaredFrom));
            for (List<Object> call : List.of(first, second)) {
                if (!fits(declaredTypes(declaredFrom), call)) {
                    continue; // a call the declared types do not admit: the JVM never makes it
                }
                Object[] args = call.toArray();
                assertThat(typed.lookupKey(null, args)).isEqualTo(generic.lookupKey(null, args));
                if (args.length == 1) {
                    assertThat(typed.lookupKeyOfOne(null, args[0])).isEqualTo(generic.lookupKey(null, args));
                }
                assertThat(typed.digestOf(typed.lookupKey(null, args))).isEqualTo(generic.keyOf(null, args));
            }
        }
    }

    @Test
    void aDeclaredStringOrEnumParameterKeysNullAsTheGenericMakerDoes() {
        for (Class<?> declared : List.of(String.class, Unit.class, Operation.class)) {
            KeyMaker typed = Keys.maker(HasherTable.EMPTY, new Class<?>[]{declared});
            KeyMaker generic = Keys.maker(HasherTable.EMPTY, 1);

            assertThat(typed.lookupKeyOfOne(null, null)).isEqualTo(generic.lookupKeyOfOne(null, null))
                    .isNotEqualTo(typed.lookupKeyOfOne(null, "null"));
        }
    }

    @Test
    void aHasherForADeclaredScalarTypeStillKeysThroughTheHasher() {
        KeyMaker maker = Keys.maker(HasherTable.of(List.of(new CaseInsensitive())), new Class<?>[]{String.class});

        assertThat(maker.lookupKeyOfOne(null, "abc")).isEqualTo(maker.lookupKeyOfOne(null, "ABC"))
                .isInstanceOf(Key.class);
    }

    /** The type a parameter taking these arguments would declare: the primitive of a box, String, the enum, else Object. */
    private static Class<?>[] declaredTypes(List<Object> call) {
        Class<?>[] types = new Class<?>[call.size()];
        for (int i = 0; i < types.length; i++) {
            Object value = call.get(i);
            types[i] = value == null ? Object.class
                    : value instanceof Enum<?> constant ? constant.getDeclaringClass()
                    : value instanceof String ? String.class
                    : MethodType.methodType(value.getClass()).unwrap().returnType() != value.getClass()
                            ? MethodType.methodType(value.getClass()).unwrap().returnType()
                    : Object.class;
        }
        return types;
    }

    private static boolean fits(Class<?>[] declared, List<Object> call) {
        for (int i = 0; i < declared.length; i++) {
            Class<?> boxed = MethodType.methodType(declared[i]).wrap().returnType();
            Object value = call.get(i);
            if (value == null ? declared[i].isPrimitive() : !boxed.isInstance(value)) {
                return false;
            }
        }
        return true;
    }

    @ParameterizedTest
    @MethodSource("pairsOfCalls")
    void aLookupKeyDigestsToTheCallsDigest(List<Object> first, List<Object> second) {
        for (List<Object> call : List.of(first, second)) {
            KeyMaker maker = Keys.maker(HasherTable.EMPTY, call.size());
            Object[] args = call.toArray();

            assertThat(maker.digestOf(maker.lookupKey(null, args))).isEqualTo(maker.keyOf(null, args));
        }
    }

    @Test
    void differentArityCallsOfPairsDoNotMeet() {
        // The table's pairs of one arity; a sanity check that pairs of different sizes are not in it by mistake.
        assertThat(pairsOfCalls().filter(pair -> ((List<?>) pair.get()[0]).size() != ((List<?>) pair.get()[1]).size()))
                .isEmpty();
    }

    @Test
    void oneScalarArgumentIsItsOwnKey() {
        KeyMaker maker = Keys.maker(HasherTable.EMPTY, 1);
        String argument = "report";

        assertThat(maker.lookupKey(null, new Object[]{argument})).isSameAs(argument);
    }

    @Test
    void aCallOfOneArgumentWithoutAnArrayHasTheSameKey() {
        KeyMaker maker = Keys.maker(HasherTable.EMPTY, 1);
        for (Object argument : Arrays.asList("x", 7, null, Unit.KG, new Point(1, 2), List.of(1), new int[]{1})) {
            assertThat(maker.lookupKeyOfOne(null, argument)).as("%s", argument)
                    .isEqualTo(maker.lookupKey(null, new Object[]{argument}));
        }
    }

    @Test
    void aHasherForAScalarTypeKeysThroughTheHasher() {
        KeyMaker maker = Keys.maker(HasherTable.of(List.of(new CaseInsensitive())), 1);

        Object lower = maker.lookupKey(null, new Object[]{"abc"});
        Object upper = maker.lookupKey(null, new Object[]{"ABC"});

        assertThat(lower).isEqualTo(upper).isInstanceOf(Key.class);
    }

    @Test
    void theReceiverAndLeftOutParametersKeyAsDigestsDo() {
        KeyMaker maker = new KeyMaker("example.Units.convert(int, java.lang.Object, int)", List.of("a", "log", "b"),
                new boolean[]{true, false, true}, true, HasherTable.EMPTY);
        Object[] call = {1, new Object(), 2};
        Object[] otherLog = {1, new Object(), 2};
        Object[] swapped = {2, new Object(), 1};

        assertThat(maker.lookupKey(Unit.KG, call)).isEqualTo(maker.lookupKey(Unit.KG, otherLog))
                .isNotEqualTo(maker.lookupKey(Unit.LB, call)).isNotEqualTo(maker.lookupKey(Unit.KG, swapped));
        assertThat(maker.digestOf(maker.lookupKey(Unit.KG, call))).isEqualTo(maker.keyOf(Unit.KG, call));
    }
}
