package dev.memoria.internal.store;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ObjectSizesTest {

    record Pair(Object left, Object right) {
    }

    @Test
    void arraysCountTheirElements() {
        assertThat(ObjectSizes.deepSize(new int[1000])).isGreaterThanOrEqualTo(4000);
        assertThat(ObjectSizes.deepSize(new long[1000])).isGreaterThan(ObjectSizes.deepSize(new int[1000]));
    }

    @Test
    void graphsCountWhatTheyReach() {
        List<String> small = new ArrayList<>(Collections.nCopies(10, null));
        List<String> large = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            large.add("value-" + i);
        }
        assertThat(ObjectSizes.deepSize(new Pair(large, null)))
                .isGreaterThan(ObjectSizes.deepSize(new Pair(small, null)) + 1000 * 16);
    }

    @Test
    void sharedAndCyclicReferencesCountOnce() {
        int[] shared = new int[10_000];
        Object[] cycle = new Object[2];
        cycle[0] = cycle;
        cycle[1] = shared;
        long once = ObjectSizes.deepSize(new Pair(shared, null));
        assertThat(ObjectSizes.deepSize(new Pair(shared, shared))).isEqualTo(once);
        assertThat(ObjectSizes.deepSize(cycle)).isLessThan(once + 100);
    }

    @Test
    void nullWeighsNothing() {
        assertThat(ObjectSizes.deepSize(null)).isZero();
    }
}
