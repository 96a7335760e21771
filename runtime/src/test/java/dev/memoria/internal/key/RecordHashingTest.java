package dev.memoria.internal.key;

import dev.memoria.UnhashableParameterException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.memoria.internal.key.Keys.keyOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scenario 22 with records in place of dataclasses: class name, then each component through its accessor. */
class RecordHashingTest {

    record Point(int x, int y) {
    }

    record OtherPoint(int x, int y) {
    }

    record Owner(String name, List<Point> points, Map<String, Point> named) {
    }

    private record Hidden(String secret) {
    }

    record Fragile(String value) {
        @Override
        public String value() {
            throw new IllegalStateException("not loaded");
        }
    }

    @Test
    void aRecordIsHashable() {
        assertThat(keyOf(new Point(1, 2))).isEqualTo(keyOf(new Point(1, 2)));
    }

    @Test
    void recordsDifferByAnyComponent() {
        assertThat(keyOf(new Point(1, 2))).isNotEqualTo(keyOf(new Point(2, 1))).isNotEqualTo(keyOf(new Point(1, 3)));
    }

    @Test
    void recordsOfDifferentClassesWithEqualComponentsDiffer() {
        assertThat(keyOf(new Point(1, 2))).isNotEqualTo(keyOf(new OtherPoint(1, 2))).isNotEqualTo(keyOf(List.of(1, 2)));
    }

    @Test
    void aRecordIsWrittenAsClassNameCountAndComponents() {
        assertThat(keyOf(new Point(1, 2))).isEqualTo(ExpectedKey.key().parameter(0)
                .u8(0x38).text(Point.class.getName()).i32(2)
                .u8(0x15).i32(1)
                .u8(0x15).i32(2).toKey());
    }

    @Test
    void nestedComponentsAreHashedByValue() {
        Owner owner = new Owner("ada", List.of(new Point(1, 2)), Map.of("home", new Point(3, 4)));
        assertThat(keyOf(owner)).isEqualTo(keyOf(new Owner("ada", List.of(new Point(1, 2)), Map.of("home", new Point(3, 4)))))
                .isNotEqualTo(keyOf(new Owner("ada", List.of(new Point(1, 2)), Map.of("home", new Point(3, 5)))));
    }

    @Test
    void privateRecordsAreReadToo() {
        assertThat(keyOf(new Hidden("a"))).isEqualTo(keyOf(new Hidden("a"))).isNotEqualTo(keyOf(new Hidden("b")));
    }

    @Test
    void anAccessorThatThrowsIsReportedWithItsException() {
        assertThatThrownBy(() -> keyOf(List.of(new Fragile("x"))))
                .isInstanceOf(UnhashableParameterException.class)
                .hasMessageContaining("holds a value of type " + Fragile.class.getName() + " (at [0] inside the argument)")
                .hasMessageContaining("its accessor value() threw java.lang.IllegalStateException: not loaded")
                .hasCauseInstanceOf(IllegalStateException.class);
    }
}
