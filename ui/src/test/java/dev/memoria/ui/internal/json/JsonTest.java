package dev.memoria.ui.internal.json;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The JSON writer and reader round-trip plain data and refuse malformed text. */
class JsonTest {

    @Test
    @DisplayName("plain data round-trips; markup characters are escaped so JSON is safe inside HTML")
    void roundTrip() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("text", "</script>\"\\\n\t\u2028é");
        value.put("numbers", List.of(1L, -2.5, 1e300, Long.MAX_VALUE));
        value.put("flags", Arrays.asList(true, false, null));
        value.put("nested", Map.of("empty", List.of()));

        String compact = JsonWriter.compact(value);

        assertThat(compact).doesNotContain("</script>", "<", ">").contains("\\u003c/script\\u003e", "\\u2028");
        assertThat(JsonReader.read(compact)).isEqualTo(value);
        assertThat(JsonReader.read(JsonWriter.pretty(value))).isEqualTo(value);
        assertThat(JsonWriter.pretty(Map.of("a", List.of(1)))).isEqualTo("{\n  \"a\": [\n    1\n  ]\n}");
    }

    @Test
    @DisplayName("numbers: whole doubles print without a fraction, non-finite ones as null, big integers as doubles")
    void numbers() {
        assertThat(JsonWriter.compact(List.of(2.0, 0.5, Double.NaN, Float.POSITIVE_INFINITY))).isEqualTo("[2,0.5,null,null]");
        assertThat(JsonReader.read("[12345678901234567890, 1E2, -0]"))
                .isEqualTo(List.of(1.2345678901234567e19, 100.0, 0L));
    }

    @Test
    @DisplayName("malformed text fails with the offset; deep nesting is refused before the stack overflows")
    void malformed() {
        for (String bad : List.of("", "{", "[1,]", "{\"a\" 1}", "\"raw\ncontrol\"", "01", "tru", "[1] 2", "\"\\x\"")) {
            assertThatIllegalArgumentException().as(bad).isThrownBy(() -> JsonReader.read(bad))
                                                .withMessageStartingWith("malformed JSON at offset");
        }
        assertThatIllegalArgumentException().isThrownBy(() -> JsonReader.read("[".repeat(100_000)))
                                            .withMessageContaining("levels of nesting");
        assertThatIllegalArgumentException().isThrownBy(() -> JsonReader.object("[]"))
                                            .withMessageStartingWith("expected a JSON object");
    }
}
