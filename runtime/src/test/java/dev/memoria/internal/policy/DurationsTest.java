package dev.memoria.internal.policy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DurationsTest {

    /* --------------- Streamlit's examples (scenario 36) --------------- */

    @Test
    void oneDay() {
        assertThat(Durations.parse("1d")).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void daysAndHoursWithoutSpaces() {
        assertThat(Durations.parse("1d23h")).isEqualTo(Duration.ofDays(1).plusHours(23));
    }

    @Test
    void wordsWithSpaces() {
        assertThat(Durations.parse("1 day 23hr 45minutes")).isEqualTo(Duration.ofDays(1).plusHours(23).plusMinutes(45));
    }

    @Test
    void fractionalTerms() {
        assertThat(Durations.parse("1.5d23.5h")).isEqualTo(Duration.ofHours(36 + 23).plusMinutes(30));
        assertThat(Durations.parse("1.5 days")).isEqualTo(Duration.ofHours(36));
    }

    @ParameterizedTest
    @CsvSource({"90s, PT1M30S", "10m, PT10M", "1h, PT1H", "1D, PT24H", "1h23s, PT1H23S", "2w, PT336H",
        "250ms, PT0.25S", "1 hour 2 mins 3 secs, PT1H2M3S", "0s, PT0S", ".5s, PT0.5S"})
    void unitAliases(String text, String iso) {
        assertThat(Durations.parse(text)).isEqualTo(Duration.parse(iso));
    }

    @Test
    void isoDurations() {
        assertThat(Durations.parse("PT1H")).isEqualTo(Duration.ofHours(1));
        assertThat(Durations.parse("P1DT2H")).isEqualTo(Duration.ofHours(26));
    }

    @Test
    void clockTimes() {
        assertThat(Durations.parse("01:30:00")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Durations.parse("0:00:01.5")).isEqualTo(Duration.ofMillis(1500));
        assertThat(Durations.parse("2:05")).isEqualTo(Duration.ofMinutes(125));
    }

    /* --------------- rejected input --------------- */

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void emptyIsRejected(String text) {
        assertThatThrownBy(() -> Durations.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("it is empty");
    }

    @Test
    void unknownUnitIsNamed() {
        assertThatThrownBy(() -> Durations.parse("1 flecond")).hasMessageContaining("'flecond' is not a unit")
                .hasMessageContaining("\"90s\"");
    }

    @Test
    void numberWithoutUnitIsRejectedRatherThanReadAsNanoseconds() {
        assertThatThrownBy(() -> Durations.parse("60")).hasMessageContaining("has no unit")
                .hasMessageContaining("\"60s\"");
    }

    @Test
    void negativeDurationsAreRejected() {
        assertThatThrownBy(() -> Durations.parse("-5s")).hasMessageContaining("negative");
        assertThatThrownBy(() -> Durations.parse("PT-1S")).hasMessageContaining("negative");
    }

    @Test
    void trailingGarbageIsRejected() {
        assertThatThrownBy(() -> Durations.parse("1h ?")).hasMessageContaining("'?' is not a number followed by a unit");
    }

    @Test
    void invalidIsoIsRejected() {
        assertThatThrownBy(() -> Durations.parse("P1X")).hasMessageContaining("ISO-8601");
    }

    @Test
    void overflowIsRejected() {
        assertThatThrownBy(() -> Durations.parse("1000000w")).hasMessageContaining("longer than 292 years");
    }
}
