package dev.memoria.internal.copy;

import dev.memoria.internal.value.Serialized;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValueCopierTest {

    private final ValueCopier copier = ValueCopier.forLoader(getClass().getClassLoader());

    record Row(long id, String label, double[] values) {
        enum Kind { PLAIN }
    }

    record Holder(Object value) {
    }

    static final class Node {
        final List<Node> children = new ArrayList<>();
        Node parent;
    }

    private Object roundTrip(Object value) {
        return copier.deserialize(copier.serialize(value));
    }

    /* --------------- copies --------------- */

    @Test
    void aCopyIsEqualButNotTheSameObject() {
        Map<String, List<Row>> value = new LinkedHashMap<>();
        value.put("a", List.of(new Row(1, "x", new double[] {1, 2})));
        @SuppressWarnings("unchecked")
        Map<String, List<Row>> copy = (Map<String, List<Row>>) roundTrip(value);
        assertThat(copy).isNotSameAs(value).containsOnlyKeys("a");
        Row row = copy.get("a").get(0);
        assertThat(row).isNotSameAs(value.get("a").get(0));
        assertThat(row.id()).isEqualTo(1);
        assertThat(row.values()).containsExactly(1, 2);
    }

    @Test
    void everyDeserializationIsAFreshCopy() {
        Serialized stored = copier.serialize(new ArrayList<>(List.of(1, 2)));
        @SuppressWarnings("unchecked")
        List<Integer> first = (List<Integer>) copier.deserialize(stored);
        first.add(3);
        assertThat(copier.deserialize(stored)).isEqualTo(List.of(1, 2));
    }

    @Test
    void nullRoundTrips() {
        assertThat(roundTrip(null)).isNull();
    }

    @Test
    void sharedReferencesAndCyclesSurvive() {
        Node root = new Node();
        Node child = new Node();
        child.parent = root;
        root.children.add(child);
        root.children.add(child);
        Node copy = (Node) roundTrip(root);
        assertThat(copy.children).hasSize(2);
        assertThat(copy.children.get(0)).isSameAs(copy.children.get(1));
        assertThat(copy.children.get(0).parent).isSameAs(copy);
    }

    /* --------------- values only memory keeps: reference tracking by shape --------------- */

    /** Mutable, final, and nothing in it but primitives and immutable values: no two paths can meet. */
    static final class Counter {
        int count;
        String name;
        Unit unit;
        Row.Kind kind;
    }

    enum Unit { KG, LB }

    /** Final, but its two arrays may be one. */
    static final class TwoArrays {
        int[] first;
        int[] second;
    }

    record Tree(String label, List<Tree> children) {
    }

    private Object memoryRoundTrip(Object value) {
        return copier.deserialize(copier.serializeForMemory(value));
    }

    @Test
    void flatValuesAndArraysOfScalarsAreCopiedWithoutReferenceTracking() {
        Counter counter = new Counter();
        counter.count = 3;
        counter.name = "apples";
        counter.unit = Unit.LB;
        Object[] values = {counter, new int[] {1, 2}, new String[] {"a", null, "a"}, new Unit[] {Unit.KG}};
        for (Object value : values) {
            assertThat(copier.serializeForMemory(value).tracksReferences()).as("%s", value).isFalse();
        }

        Counter copy = (Counter) memoryRoundTrip(counter);
        assertThat(copy).isNotSameAs(counter);
        assertThat(copy.count).isEqualTo(3);
        assertThat(copy.name).isEqualTo("apples");
        assertThat(copy.unit).isSameAs(Unit.LB);
        assertThat((int[]) memoryRoundTrip(values[1])).containsExactly(1, 2);
        assertThat((String[]) memoryRoundTrip(values[2])).containsExactly("a", null, "a");
    }

    @Test
    void aValueOnlyMemoryKeepsStillKeepsSharedReferencesAndCycles() {
        Node root = new Node();
        Node child = new Node();
        child.parent = root;
        root.children.add(child);
        root.children.add(child);
        TwoArrays arrays = new TwoArrays();
        arrays.first = new int[] {7};
        arrays.second = arrays.first;
        Object[] cyclic = new Object[1];
        cyclic[0] = cyclic;

        Node copy = (Node) memoryRoundTrip(root);
        TwoArrays arraysCopy = (TwoArrays) memoryRoundTrip(arrays);
        Object[] cyclicCopy = (Object[]) memoryRoundTrip(cyclic);

        assertThat(copy.children.get(0)).isSameAs(copy.children.get(1));
        assertThat(copy.children.get(0).parent).isSameAs(copy);
        assertThat(arraysCopy.first).isSameAs(arraysCopy.second).containsExactly(7);
        assertThat(cyclicCopy[0]).isSameAs(cyclicCopy);
    }

    @Test
    void aTreeCopiesRight() {
        Tree tree = new Tree("root", List.of(new Tree("a", new ArrayList<>()),
                new Tree("b", new ArrayList<>(List.of(new Tree("c", List.of()))))));

        Tree copy = (Tree) memoryRoundTrip(tree);

        assertThat(copy).isEqualTo(tree).isNotSameAs(tree);
        assertThat(copy.children().get(1).children().get(0).label()).isEqualTo("c");
        assertThat(copy.children().get(1).children()).isNotSameAs(tree.children().get(1).children());
    }

    /** A record a caller could change through its list: copied on every hit, with reference tracking. */
    record Sample(int key, String label, List<Integer> values) {
    }

    @Test
    void aValueWithoutArraysKeptInMemoryIsTheStreamForyWritesWithoutACallback() {
        Node shared = new Node();
        shared.children.add(shared);
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("a", new ArrayList<>(List.of("x", "y")));
        map.put("b", map.get("a"));
        Object[] values = {new Sample(1, "one", new ArrayList<>(List.of(1, 2))), map, shared, "text"};
        for (Object value : values) {
            Serialized stored = copier.serializeForMemory(value);
            assertThat(stored.outOfBand()).as("%s", value).isFalse();
            assertThat(stored.mainArray()).as("%s", value).isEqualTo(copier.serializeInBand(value));
        }

        @SuppressWarnings("unchecked")
        Map<String, List<String>> mapCopy = (Map<String, List<String>>) memoryRoundTrip(map);
        assertThat(mapCopy).isEqualTo(map).isNotSameAs(map);
        assertThat(mapCopy.get("a")).isSameAs(mapCopy.get("b")).isNotSameAs(map.get("a"));
        Node nodeCopy = (Node) memoryRoundTrip(shared);
        assertThat(nodeCopy.children.get(0)).isSameAs(nodeCopy);
    }

    @Test
    void changingAMemoryCopyNeverChangesTheNextOne() {
        Serialized stored = copier.serializeForMemory(new Sample(1, "one", new ArrayList<>(List.of(1, 2))));
        Sample first = (Sample) copier.deserialize(stored);
        first.values().add(3);
        assertThat(copier.deserialize(stored)).isEqualTo(new Sample(1, "one", List.of(1, 2)));
    }

    @Test
    void aValueWithArraysKeptInMemoryStaysWrittenForBuffers() {
        Row row = new Row(3, "small", new double[] {1, 2});
        Serialized stored = copier.serializeForMemory(row);
        assertThat(stored.outOfBand()).isTrue();
        Row copy = (Row) copier.deserialize(stored);
        assertThat(copy.values()).containsExactly(1, 2).isNotSameAs(row.values());
    }

    @Test
    void largeArraysTravelAsSeparateBuffers() {
        double[] large = new double[1_000_000];
        Arrays.setAll(large, i -> i * 0.5);
        Serialized stored = copier.serialize(new Row(7, "big", large));
        assertThat(stored.bufferCount()).isEqualTo(1);
        assertThat(stored.main().remaining()).isLessThan(100);
        assertThat(stored.size()).isGreaterThanOrEqualTo(8_000_000L);
        Row copy = (Row) copier.deserialize(stored);
        assertThat(copy.values()).isEqualTo(large).isNotSameAs(large);
    }

    @Test
    void smallArraysStayInTheMainStream() {
        assertThat(copier.serialize(new int[16]).bufferCount()).isZero();
    }

    /* --------------- what is not data --------------- */

    @Test
    void streamsAreResourcesNotData() {
        assertThatThrownBy(() -> copier.serialize(new ByteArrayInputStream(new byte[4])))
                .isInstanceOf(NotCopyableException.class)
                .hasMessageContaining("AutoCloseable")
                .satisfies(e -> assertThat(((NotCopyableException) e).offendingType())
                        .isEqualTo("java.io.ByteArrayInputStream"));
    }

    @Test
    void aLockNestedInsideAValueIsNamed() {
        assertThatThrownBy(() -> copier.serialize(new Holder(new ReentrantLock())))
                .isInstanceOf(NotCopyableException.class)
                .satisfies(e -> assertThat(((NotCopyableException) e).offendingType())
                        .isEqualTo("java.util.concurrent.locks.ReentrantLock"));
    }

    @Test
    void threadsCannotBeCopied() {
        assertThatThrownBy(() -> copier.serialize(new Thread())).isInstanceOf(NotCopyableException.class);
    }

    @Test
    void lambdasCannotBeCopied() {
        Supplier<String> lambda = () -> "x";
        assertThatThrownBy(() -> copier.serialize(lambda)).isInstanceOf(NotCopyableException.class);
    }

    @Test
    void classesCopyAsThemselvesAndALambdasClassIsRefused() {
        Supplier<String> lambda = () -> "x";
        assertThat((Class<?>[]) roundTrip(new Class<?>[] {String.class, Row.class}))
                .containsExactly(String.class, Row.class);
        // a hidden class has no name to find it by again: a copy would hold a stand-in, never the class itself
        assertThatThrownBy(() -> copier.serialize(new Class<?>[] {String.class, lambda.getClass()}))
                .isInstanceOf(NotCopyableException.class);
    }

    /* --------------- values read back from disk --------------- */

    record Declared(String name, Nested nested) {
    }

    record Nested(List<Integer> numbers) {
    }

    record Undeclared(String secret) {
    }

    /** {@code value} written to a store and read back as a hit of a method returning {@code declared} would. */
    private Object readBack(Type declared, Object value) {
        return copier.readBack(declared).deserialize(writtenAndReadBack(value));
    }

    private Serialized writtenAndReadBack(Object value) {
        Serialized stored = copier.serialize(value);
        byte[] main = new byte[stored.main().remaining()];
        stored.main().get(main);
        java.nio.ByteBuffer[] buffers = new java.nio.ByteBuffer[stored.bufferCount()];
        for (int i = 0; i < buffers.length; i++) {
            buffers[i] = stored.buffer(i);
        }
        return Serialized.readBack(java.nio.ByteBuffer.wrap(main), buffers, 0);
    }

    @Test
    void aValueReadBackMayContainWhatItsMethodDeclares() {
        Declared back = (Declared) readBack(Declared.class,
                new Declared("a", new Nested(new ArrayList<>(List.of(1, 2)))));
        assertThat(back.nested().numbers()).containsExactly(1, 2);
    }

    @Test
    void aValueReadBackMayContainJdkValueTypes() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("list", List.of(1, 2));
        value.put("time", java.time.LocalDate.of(2026, 11, 22));
        value.put("decimal", new java.math.BigDecimal("1.50"));
        assertThat(readBack(Map.class, value)).isEqualTo(value);
    }

    @Test
    void aPrimitiveReturnTypeReadsBackItsBox() {
        assertThat(readBack(int.class, 42)).isEqualTo(42);
    }

    @Test
    void aValueReadBackMayNotContainAnUndeclaredClass() {
        assertThatThrownBy(() -> readBack(Holder.class, new Holder(new Undeclared("x"))))
                .isInstanceOf(NotAllowedException.class)
                .satisfies(e -> assertThat(((NotAllowedException) e).className())
                        .isIn(Holder.class.getName(), Undeclared.class.getName()));
    }

    @Test
    void aClassAnotherMethodDeclaresIsStillRefused() {
        readBack(Declared.class, new Declared("a", new Nested(List.of(1))));

        assertThatThrownBy(() -> readBack(Undeclared.class, new Declared("b", new Nested(List.of(2)))))
                .isInstanceOf(NotAllowedException.class)
                .satisfies(e -> assertThat(((NotAllowedException) e).className())
                        .isIn(Declared.class.getName(), Nested.class.getName()));
    }

    @Test
    void aValueOfAnotherTypeThanDeclaredIsRefused() {
        assertThatThrownBy(() -> readBack(List.class, Map.of("a", 1)))
                .isInstanceOf(NotAllowedException.class)
                .satisfies(e -> assertThat(((NotAllowedException) e).className()).startsWith("java.util."));
    }

    @Test
    void aValueReadBackIsNotDeserializedWithoutItsMethodsReadBack() {
        Serialized readBack = writtenAndReadBack("x");
        assertThatThrownBy(() -> copier.deserialize(readBack)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ReadBack");
    }

    @Test
    void oneCopierPerClassLoader() {
        assertThat(ValueCopier.forLoader(getClass().getClassLoader())).isSameAs(copier);
    }
}
