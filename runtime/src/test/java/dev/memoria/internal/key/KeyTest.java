package dev.memoria.internal.key;

import org.junit.jupiter.api.Test;

import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class KeyTest {

    private static final String HEX = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

    @Test
    void bytesRoundTripInOrder() {
        byte[] bytes = HexFormat.of().parseHex(HEX);

        Key key = Key.fromBytes(bytes);

        assertThat(key.toBytes()).isEqualTo(bytes);
        assertThat(key.toHex()).isEqualTo(HEX);
        assertThat(key).hasToString(HEX);
    }

    @Test
    void neitherTheInputNorTheOutputArrayIsShared() {
        byte[] bytes = HexFormat.of().parseHex(HEX);
        Key key = Key.fromBytes(bytes);

        bytes[0] = 42;
        key.toBytes()[1] = 42;

        assertThat(key.toHex()).isEqualTo(HEX);
    }

    @Test
    void equalByValueInEveryByte() {
        byte[] bytes = HexFormat.of().parseHex(HEX);
        Key key = Key.fromBytes(bytes);

        assertThat(Key.fromBytes(bytes.clone())).isEqualTo(key).hasSameHashCodeAs(key);
        for (int i = 0; i < Key.BYTES; i++) {
            byte[] changed = bytes.clone();
            changed[i] ^= 1;
            assertThat(Key.fromBytes(changed)).as("byte %d changed", i).isNotEqualTo(key);
        }
    }

    @Test
    void hashCodeFoldsTheFirstEightBytes() {
        assertThat(Key.fromBytes(HexFormat.of().parseHex(HEX)).hashCode())
                .isEqualTo(Long.hashCode(0x0001020304050607L));
    }

    @Test
    void rejectsAnythingButThirtyTwoBytes() {
        assertThatIllegalArgumentException().isThrownBy(() -> Key.fromBytes(new byte[31])).withMessageContaining("31");
        assertThatIllegalArgumentException().isThrownBy(() -> Key.fromBytes(new byte[33]));
    }
}
