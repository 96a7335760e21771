package dev.memoria.ui.widget;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A widget's identity: its key, or its kind, label and parameters. */
class WidgetIdTest {

    @Test
    @DisplayName("the same kind, label and parameters give the same id; any difference gives another")
    void unkeyed() {
        String id = WidgetId.of(new Slider<>("Days", 1, 30, 7, 1, null));

        assertThat(WidgetId.of(new Slider<>("Days", 1, 30, 7, 1, null))).isEqualTo(id).startsWith("slider:");
        assertThat(List.of(new Slider<>("days", 1, 30, 7, 1, null), new Slider<>("Days", 1, 31, 7, 1, null),
                           new Slider<>("Days", 1, 30, 8, 1, null), new Slider<>("Days", 1L, 30L, 7L, 1L, null),
                           new NumberInput<>("Days", 1, 30, 7, 1, null)))
                .extracting(WidgetId::of).doesNotContain(id).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("a key alone is the identity, whatever the kind and parameters")
    void keyed() {
        assertThat(WidgetId.of(new Slider<>("Days", 1, 30, 7, 1, "days"))).isEqualTo("key:days");
        assertThat(WidgetId.of(new Checkbox("Other", true, "days"))).isEqualTo("key:days");
    }

    @Test
    @DisplayName("values are length-prefixed and typed: shifted text or a changed type never collides")
    void noConcatenationCollisions() {
        assertThat(WidgetId.of(new Selectbox<>("ab", List.of("c"), 0, null)))
                .isNotEqualTo(WidgetId.of(new Selectbox<>("a", List.of("bc"), 0, null)));
        assertThat(WidgetId.of(new Selectbox<>("x", List.of("a", "b"), 0, null)))
                .isNotEqualTo(WidgetId.of(new Selectbox<>("x", List.of("a,b"), 0, null)));
        assertThat(WidgetId.of(new Selectbox<>("x", List.of(1), 0, null)))
                .isNotEqualTo(WidgetId.of(new Selectbox<>("x", List.of("1"), 0, null)));
    }

    @Test
    @DisplayName("a date input defaulting to today keeps its id from day to day")
    void todayIsNotAParameter() {
        assertThat(WidgetId.of(new DateInput("When", null, null))).isEqualTo(WidgetId.of(new DateInput("When", null, null)))
                .isNotEqualTo(WidgetId.of(new DateInput("When", LocalDate.now(), null)));
    }
}
