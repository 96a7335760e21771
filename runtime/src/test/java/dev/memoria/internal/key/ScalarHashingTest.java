package dev.memoria.internal.key;

import org.junit.jupiter.api.Test;

import static dev.memoria.internal.key.Keys.keyOf;
import static org.assertj.core.api.Assertions.assertThat;

/** Scenario 11 (scalar equality) and the boundaries the length prefixes and tags exist for. */
class ScalarHashingTest {

    @Test
    void equalStringsAreEqualAndOneChangedCharacterIsNot() {
        assertThat(keyOf("hello")).isEqualTo(keyOf(new String("hello")));
        assertThat(keyOf("hello")).isNotEqualTo(keyOf("hellö"));
    }

    @Test
    void integersDifferBySignAndByOne() {
        assertThat(keyOf(-1)).isNotEqualTo(keyOf(1));
        assertThat(keyOf(1 << 7)).isNotEqualTo(keyOf((1 << 7) + 1)).isNotEqualTo(keyOf((1 << 7) - 1));
        assertThat(keyOf(128)).isEqualTo(keyOf(128));
    }

    @Test
    void trueFalseAndNullAreThreeKeys() {
        assertThat(keyOf(true)).isNotEqualTo(keyOf(false));
        assertThat(keyOf((Object) null)).isNotEqualTo(keyOf(false)).isNotEqualTo(keyOf(0));
    }

    @Test
    void stringsSplitDifferentlyAcrossParametersDiffer() {
        assertThat(keyOf("ab", "c")).isNotEqualTo(keyOf("a", "bc"));
        assertThat(keyOf("", "abc")).isNotEqualTo(keyOf("abc", ""));
    }

    @Test
    void theSameNumberInAnotherTypeDiffers() {
        assertThat(keyOf(1)).isNotEqualTo(keyOf(1L)).isNotEqualTo(keyOf((short) 1)).isNotEqualTo(keyOf((byte) 1));
        assertThat(keyOf(1.0f)).isNotEqualTo(keyOf(1.0));
        assertThat(keyOf(65)).isNotEqualTo(keyOf('A'));
    }

    @Test
    void textNeverEqualsTheValueItSpells() {
        assertThat(keyOf("1")).isNotEqualTo(keyOf(1));
        assertThat(keyOf('a')).isNotEqualTo(keyOf("a"));
        assertThat(keyOf("true")).isNotEqualTo(keyOf(true));
        assertThat(keyOf("null")).isNotEqualTo(keyOf((Object) null));
    }

    @Test
    void floatingPointFollowsEqualsNotDoubleEquals() {
        assertThat(keyOf(0.0)).isNotEqualTo(keyOf(-0.0));
        assertThat(keyOf(0.0f)).isNotEqualTo(keyOf(-0.0f));
        assertThat(keyOf(Double.NaN)).isEqualTo(keyOf(Double.longBitsToDouble(0x7ff8_0000_0000_0001L)));
        assertThat(keyOf(Float.NaN)).isEqualTo(keyOf(Float.intBitsToFloat(0x7fc0_0001)));
        assertThat(keyOf(0.1 + 0.2)).isNotEqualTo(keyOf(0.3));
    }

    @Test
    void everyScalarIsWrittenAsTagAndLittleEndianPayload() {
        Key key = keyOf(null, true, (byte) -1, (short) 2, 'c', 3, 4L, 1.5f, 2.5, "é");

        assertThat(key).isEqualTo(ExpectedKey.key()
                .parameter(0).u8(0x10)
                .parameter(1).u8(0x11).u8(1)
                .parameter(2).u8(0x12).u8(0xFF)
                .parameter(3).u8(0x13).i16(2)
                .parameter(4).u8(0x14).i16('c')
                .parameter(5).u8(0x15).i32(3)
                .parameter(6).u8(0x16).i64(4)
                .parameter(7).u8(0x17).i32(Float.floatToIntBits(1.5f))
                .parameter(8).u8(0x18).i64(Double.doubleToLongBits(2.5))
                .parameter(9).u8(0x19).text("é")
                .toKey());
    }

    @Test
    void boxesHashByValueNotIdentity() {
        // Outside the small-value caches, valueOf returns a new box every time.
        assertThat(keyOf(Integer.valueOf(100_000))).isEqualTo(keyOf(Integer.valueOf(100_000)));
        assertThat(keyOf(Long.valueOf(100_000))).isEqualTo(keyOf(Long.valueOf(100_000)));
        assertThat(keyOf(Short.valueOf((short) 1_000))).isEqualTo(keyOf(Short.valueOf((short) 1_000)));
        assertThat(keyOf(Character.valueOf('\u1234'))).isEqualTo(keyOf(Character.valueOf('\u1234')));
        assertThat(keyOf(Float.valueOf(2.5f))).isEqualTo(keyOf(Float.valueOf(2.5f)));
        assertThat(keyOf(Double.valueOf(2.5))).isEqualTo(keyOf(Double.valueOf(2.5)));
    }

    @Test
    void everyBoxDiffersByValue() {
        assertThat(keyOf((byte) 7)).isNotEqualTo(keyOf((byte) 8));
        assertThat(keyOf((short) 7)).isNotEqualTo(keyOf((short) 8));
        assertThat(keyOf('x')).isNotEqualTo(keyOf('y'));
        assertThat(keyOf(7L)).isNotEqualTo(keyOf(8L));
        assertThat(keyOf(Long.MIN_VALUE)).isNotEqualTo(keyOf(Long.MAX_VALUE));
        assertThat(keyOf(7.5f)).isNotEqualTo(keyOf(7.25f));
    }

    @Test
    void unpairedSurrogatesStayDistinct() {
        // Through UTF-8 both would become the replacement character '?'.
        assertThat(keyOf("\uD800")).isNotEqualTo(keyOf("\uDC00")).isNotEqualTo(keyOf("?"));
        assertThat(keyOf("a\uD800b")).isNotEqualTo(keyOf("a\uDBFFb"));
    }

    @Test
    void charSequencesHashByClassAndContent() {
        assertThat(keyOf(new StringBuilder("abc"))).isEqualTo(keyOf(new StringBuilder("abc")))
                .isNotEqualTo(keyOf(new StringBuilder("abd")))
                .isNotEqualTo(keyOf(new StringBuffer("abc")))
                .isNotEqualTo(keyOf("abc"));
    }

    @Test
    void classesHashByName() {
        assertThat(keyOf(String.class)).isEqualTo(keyOf(String.class)).isNotEqualTo(keyOf(Integer.class))
                .isNotEqualTo(keyOf("java.lang.String"));
        assertThat(keyOf(int[].class)).isNotEqualTo(keyOf(long[].class));
    }

    @Test
    void longStringsHashWhole() {
        String longText = "x".repeat(100_000);
        assertThat(keyOf(longText)).isEqualTo(keyOf("x".repeat(100_000)))
                .isNotEqualTo(keyOf(longText.substring(1) + "y"))
                .isNotEqualTo(keyOf(longText + "x"));
    }
}
