package dev.memoria.internal.policy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ByteSizesTest {

    @ParameterizedTest
    @CsvSource({"512, 512", "512b, 512", "1k, 1024", "1KB, 1024", "1KiB, 1024", "512MB, 536870912",
        "2GiB, 2147483648", "1.5 g, 1610612736", "1t, 1099511627776"})
    void unitsAreBinary(String text, long bytes) {
        assertThat(ByteSizes.parse(text)).isEqualTo(bytes);
    }

    @Test
    void zeroIsRejected() {
        assertThatThrownBy(() -> ByteSizes.parse("0MB")).hasMessageContaining("zero bytes");
    }

    @Test
    void lessThanOneByteIsRejectedRatherThanRoundedUp() {
        assertThatThrownBy(() -> ByteSizes.parse("0.5B"))
                .hasMessageContaining("less than one byte would cache nothing");
        assertThat(ByteSizes.parse("1.5")).isEqualTo(2);
    }

    @Test
    void unknownUnitIsNamed() {
        assertThatThrownBy(() -> ByteSizes.parse("5 parsecs")).hasMessageContaining("'parsecs' is not a unit");
    }

    @Test
    void garbageIsRejected() {
        assertThatThrownBy(() -> ByteSizes.parse("lots")).hasMessageContaining("not a number followed by a unit");
    }

    @Test
    void overflowIsRejected() {
        assertThatThrownBy(() -> ByteSizes.parse("9000000t")).hasMessageContaining("larger than 8 EiB");
    }

    @Test
    void formatsForPeople() {
        assertThat(ByteSizes.format(512)).isEqualTo("512 B");
        assertThat(ByteSizes.format(1536)).isEqualTo("1.5 KiB");
        assertThat(ByteSizes.format(3L << 30)).isEqualTo("3.0 GiB");
    }
}
