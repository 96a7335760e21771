package dev.memoria.internal.key;

import dev.memoria.UnhashableParameterException;
import org.junit.jupiter.api.Test;

import java.util.AbstractMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import static dev.memoria.internal.key.Keys.keyOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scenario 12 (containers) and the rules for lists, sets, maps, other collections, arrays, cycles and depth. */
class ContainerHashingTest {

    @Test
    void listsDifferByAnyElement() {
        assertThat(keyOf(List.of(1, 2))).isNotEqualTo(keyOf(List.of(2, 2)));
    }

    @Test
    void aOneElementListIsNotItsElement() {
        assertThat(keyOf(List.of(1))).isNotEqualTo(keyOf(1));
    }

    @Test
    void anArrayIsNotAListWithTheSameElements() {
        assertThat(keyOf((Object) new Object[] {1})).isNotEqualTo(keyOf(List.of(1)));
    }

    @Test
    void mapsDifferByValueAndFromAListOfTheirEntries() {
        assertThat(keyOf(Map.of(1, 1))).isNotEqualTo(keyOf(Map.of(1, 2)));
        assertThat(keyOf(Map.of(1, 1))).isNotEqualTo(keyOf(List.of(Map.entry(1, 1))));
    }

    @Test
    void aMapNestedInAMapDiffersFromTheInnerMapAlone() {
        Map<String, Integer> inner = Map.of("b", 1);
        assertThat(keyOf(Map.of("a", inner))).isNotEqualTo(keyOf(inner));
    }

    @Test
    void nestingBoundariesAreKept() {
        assertThat(keyOf(List.of(List.of(1, 2), List.of(3)))).isNotEqualTo(keyOf(List.of(List.of(1), List.of(2, 3))));
        assertThat(keyOf(List.of("ab", "c"))).isNotEqualTo(keyOf(List.of("a", "bc")));
        assertThat(keyOf(List.of(List.of()))).isNotEqualTo(keyOf(List.of()));
    }

    @Test
    void everyListImplementationAgrees() {
        Key key = keyOf(List.of(1, 2, 3));
        assertThat(keyOf(new ArrayList<>(List.of(1, 2, 3)))).isEqualTo(key);
        assertThat(keyOf(new LinkedList<>(List.of(1, 2, 3)))).isEqualTo(key);
        assertThat(keyOf(Arrays.asList(1, 2, 3))).isEqualTo(key);
        assertThat(keyOf(Collections.unmodifiableList(new ArrayList<>(List.of(1, 2, 3))))).isEqualTo(key);
        assertThat(keyOf(List.of(3, 2, 1))).isNotEqualTo(key);
    }

    @Test
    void setsIgnoreOrderAndImplementation() {
        Key key = keyOf(Set.of("a", "b", "c"));
        assertThat(keyOf(new HashSet<>(List.of("c", "b", "a")))).isEqualTo(key);
        assertThat(keyOf(new LinkedHashSet<>(List.of("b", "c", "a")))).isEqualTo(key);
        assertThat(keyOf(new LinkedHashSet<>(List.of("c", "a", "b")))).isEqualTo(key);
        assertThat(keyOf(new TreeSet<>(List.of("a", "b", "c")))).isEqualTo(key);
        assertThat(keyOf(Set.of("a", "b"))).isNotEqualTo(key);
        assertThat(keyOf(Set.of("a", "b", "d"))).isNotEqualTo(key);
        assertThat(keyOf(List.of("a", "b", "c"))).isNotEqualTo(key);
    }

    @Test
    void aSetIsWrittenAsCountAndSortedMemberDigests() {
        byte[] a = ExpectedKey.subDigest().u8(0x19).text("a").digest();
        byte[] b = ExpectedKey.subDigest().u8(0x19).text("b").digest();
        boolean aFirst = Arrays.compareUnsigned(a, b) < 0;

        Key expected = ExpectedKey.key().parameter(0).u8(0x35).i32(2)
                .raw(aFirst ? a : b).raw(aFirst ? b : a).toKey();

        assertThat(keyOf(new LinkedHashSet<>(List.of("a", "b")))).isEqualTo(expected);
        assertThat(keyOf(new LinkedHashSet<>(List.of("b", "a")))).isEqualTo(expected);
    }

    @Test
    void hashMapLinkedHashMapAndTreeMapWithTheSameEntriesAgree() {
        Map<String, Integer> hashMap = new HashMap<>();
        Map<String, Integer> linkedMap = new LinkedHashMap<>();
        for (int i = 0; i < 50; i++) {
            hashMap.put("k" + i, i);
            linkedMap.put("k" + (49 - i), 49 - i);
        }
        Key key = keyOf(hashMap);
        assertThat(keyOf(linkedMap)).isEqualTo(key);
        assertThat(keyOf(new TreeMap<>(hashMap))).isEqualTo(key);
        assertThat(keyOf(new ConcurrentHashMap<>(hashMap))).isEqualTo(key);
        linkedMap.put("k7", 8);
        assertThat(keyOf(linkedMap)).isNotEqualTo(key);
    }

    @Test
    void mapsKeepKeysApartFromValues() {
        assertThat(keyOf(Map.of("a", "b"))).isNotEqualTo(keyOf(Map.of("b", "a")));
        assertThat(keyOf(Map.of("a", "b"))).isNotEqualTo(keyOf(Set.of("a", "b")));
        assertThat(keyOf(Map.of("ab", "c"))).isNotEqualTo(keyOf(Map.of("a", "bc")));
    }

    @Test
    void nullsInsideContainersAreValues() {
        assertThat(keyOf(Arrays.asList(1, null))).isNotEqualTo(keyOf(List.of(1)));
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("a", null);
        assertThat(keyOf(withNull)).isNotEqualTo(keyOf(Map.of()));
    }

    @Test
    void mapEntriesHashTheirKeyAndValue() {
        assertThat(keyOf(Map.entry("a", 1))).isEqualTo(keyOf(new AbstractMap.SimpleEntry<>("a", 1)))
                .isNotEqualTo(keyOf(Map.entry("a", 2)))
                .isNotEqualTo(keyOf(Map.entry(1, "a")))
                .isNotEqualTo(keyOf(List.of("a", 1)));
    }

    @Test
    void dequesAndQueuesAreOrderedSequencesApartFromLists() {
        assertThat(keyOf(new ArrayDeque<>(List.of(1, 2)))).isEqualTo(keyOf(new ArrayDeque<>(List.of(1, 2))))
                .isNotEqualTo(keyOf(new ArrayDeque<>(List.of(2, 1))))
                .isNotEqualTo(keyOf(List.of(1, 2)));
    }

    @Test
    void objectArraysHashByComponentTypeAndElements() {
        assertThat(keyOf((Object) new String[] {"a", "b"})).isEqualTo(keyOf((Object) new String[] {"a", "b"}))
                .isNotEqualTo(keyOf((Object) new Object[] {"a", "b"}))
                .isNotEqualTo(keyOf((Object) new String[] {"b", "a"}))
                .isNotEqualTo(keyOf((Object) new String[] {"a"}));
        assertThat(keyOf((Object) new int[][] {{1, 2}, {3}})).isNotEqualTo(keyOf((Object) new int[][] {{1}, {2, 3}}));
    }

    @Test
    void selfReferencingListsOfEqualStructureHashEqual() {
        List<Object> first = new ArrayList<>(List.of(1));
        first.add(first);
        List<Object> second = new ArrayList<>(List.of(1));
        second.add(second);

        assertThat(keyOf(first)).isEqualTo(keyOf(second));
    }

    @Test
    void aCycleIsWrittenAsABackReferenceToTheListItReturnsTo() {
        List<Object> list = new ArrayList<>();
        list.add(list);

        assertThat(keyOf(list)).isEqualTo(ExpectedKey.key().parameter(0)
                .u8(0x33).i32(1).u8(0x41).i32(1).toKey());
    }

    @Test
    void cyclesOfDifferentStructureDiffer() {
        List<Object> one = new ArrayList<>(List.of(1));
        one.add(one);
        List<Object> two = new ArrayList<>(List.of(2));
        two.add(two);
        List<Object> outer = new ArrayList<>(List.of(1));
        List<Object> inner = new ArrayList<>(List.of(outer));
        outer.add(inner);

        assertThat(keyOf(one)).isNotEqualTo(keyOf(two)).isNotEqualTo(keyOf(outer));
    }

    @Test
    void cyclesThroughMapsAndSetsTerminate() {
        Map<String, Object> map = new HashMap<>();
        map.put("self", map);
        Set<Object> set = new HashSet<>();
        List<Object> holder = new ArrayList<>();
        set.add(holder);
        holder.add(set);

        assertThat(keyOf(map)).isEqualTo(keyOf(map));
        assertThat(keyOf(set)).isEqualTo(keyOf(set)).isNotEqualTo(keyOf(map));
    }

    @Test
    void theSameListTwiceSideBySideIsNotACycle() {
        List<Integer> shared = List.of(1, 2);
        assertThat(keyOf(List.of(shared, shared))).isEqualTo(keyOf(List.of(List.of(1, 2), List.of(1, 2))));
    }

    @Test
    void nestingUpToTheLimitHashesAndOneLevelMoreDoesNot() {
        // nestedLists(d) is d + 1 lists deep.
        assertThat(keyOf(nestedLists(ValueEncoder.MAX_DEPTH - 1)))
                .isNotEqualTo(keyOf(nestedLists(ValueEncoder.MAX_DEPTH - 2)));
        assertThatThrownBy(() -> keyOf(nestedLists(ValueEncoder.MAX_DEPTH)))
                .isInstanceOf(UnhashableParameterException.class);
    }

    @Test
    void nestingBeyondTheLimitIsReportedNotAStackOverflow() {
        assertThatThrownBy(() -> keyOf(nestedLists(100_000)))
                .isInstanceOf(UnhashableParameterException.class)
                .hasMessageContaining("parameter 0 'arg0' holds a value of type java.util.ArrayList")
                .hasMessageContaining("(at [0][0][0][0] ... [0][0][0][0] inside the argument)")
                .hasMessageContaining("nested more than " + ValueEncoder.MAX_DEPTH + " levels deep");
    }

    /** A list holding a list holding ... {@code depth} levels of lists around an empty one. */
    private static List<Object> nestedLists(int depth) {
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            List<Object> outer = new ArrayList<>();
            outer.add(list);
            list = outer;
        }
        return list;
    }
}
