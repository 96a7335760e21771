package dev.memoria.ui.widget;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Widget arguments an app gets wrong, and the browser values each widget accepts. */
class WidgetArgumentsTest {

    @Test
    @DisplayName("bad arguments fail when the widget is made, naming the widget and the problem")
    void badArguments() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Slider<>("Days", 1, 30, 40, 1, null))
                .withMessage("slider \"Days\": the value 40 is outside [1, 30]");
        assertThatIllegalArgumentException().isThrownBy(() -> new Slider<>("Days", 1, 30, 4, 0, null))
                .withMessage("slider \"Days\": the step must be positive; got 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new Slider<>("Days", null, 30, 4, 1, null))
                .withMessage("slider \"Days\" needs both bounds; got min null, max 30");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new NumberInput<>("Price", null, null, new java.math.BigDecimal("1"),
                                                    java.math.BigDecimal.ONE, null))
                .withMessage("numberInput values are int, long, float or double; got java.math.BigDecimal");
        assertThatIllegalArgumentException().isThrownBy(() -> new Selectbox<>("City", List.of("Oslo"), 1, null))
                .withMessage("selectbox \"City\": index 1 is not an index of its 1 options");
        assertThatIllegalArgumentException().isThrownBy(() -> new Multiselect<>("Tags", List.of("a"), List.of("b"), null))
                .withMessage("multiselect \"Tags\": the defaults [b] must all be among the options [a]");
        assertThatIllegalArgumentException().isThrownBy(() -> new TextInput("Name", null, null))
                .withMessage("textInput \"Name\": the initial value must not be null; use \"\" for an empty field");
        assertThatIllegalArgumentException().isThrownBy(() -> new Button("Go", " "))
                .withMessage("a widget key must not be blank; pass null for a widget without a key");
    }

    @Test
    @DisplayName("numbers from the browser are taken exactly in the widget's type, within its bounds")
    void numbers() {
        Slider<Integer> ints = new Slider<>("i", 0, 10, 5, 1, null);
        Slider<Long> longs = new Slider<>("l", 0L, 1L << 40, 5L, 1L, null);
        NumberInput<Double> doubles = new NumberInput<>("d", null, null, 0.5, 0.1, null);

        assertThat(ints.fromBrowser(7L)).contains(7);
        assertThat(ints.fromBrowser(7.0)).contains(7);
        assertThat(ints.fromBrowser(7.5)).isEmpty();
        assertThat(ints.fromBrowser(11L)).isEmpty();
        assertThat(ints.fromBrowser("7")).isEmpty();
        assertThat(longs.fromBrowser(1L << 39)).contains(1L << 39);
        assertThat(doubles.fromBrowser(-1e9)).contains(-1e9);
        assertThat(doubles.fromBrowser(Double.NaN)).isEmpty();
        assertThat(new NumberInput<>("i", null, null, 1, 1, null).fromBrowser(1L << 33)).isEmpty();
    }

    @Test
    @DisplayName("choices take option indexes; a kept value is admitted only while it is still an option")
    void choices() {
        Radio<String> radio = new Radio<>("r", List.of("a", "b"), 0, null);
        Multiselect<String> multi = new Multiselect<>("m", List.of("a", "b", "c"), List.of(), null);

        assertThat(radio.fromBrowser(1L)).contains("b");
        assertThat(radio.admits("c")).isFalse();
        assertThat(multi.fromBrowser(List.of(2L, 0L, 2L))).contains(List.of("a", "c"));
        assertThat(multi.fromBrowser(List.of(3L))).isEmpty();
        assertThat(new Selectbox<>("none", List.of(), 0, null).initial()).isNull();
        assertThat(new Checkbox("c", false, null).fromBrowser("true")).isEqualTo(Optional.empty());
    }
}
