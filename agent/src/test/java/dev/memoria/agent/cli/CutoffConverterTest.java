package dev.memoria.agent.cli;

import dev.memoria.internal.time.Clock;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CutoffConverterTest {

    /** A clock that stands still, so that "now" is the same for the test and the converter. */
    private final Clock clock = Clock.following(() -> 0L);
    private final CutoffConverter converter = new CutoffConverter(clock);

    @Test
    void aDateMeansItsLocalMidnight() {
        assertThat(converter.convert("2026-11-01"))
                .isEqualTo(LocalDate.of(2026, 11, 1).atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    @Test
    void aTimeMayCarryAnOffsetOrBeLocal() {
        assertThat(converter.convert("2026-11-01T10:00:00Z")).isEqualTo(Instant.parse("2026-11-01T10:00:00Z"));
        assertThat(converter.convert("2026-11-01T10:00+01:00")).isEqualTo(Instant.parse("2026-11-01T09:00:00Z"));
        assertThat(converter.convert("2026-11-01T10:00"))
                .isEqualTo(LocalDateTime.of(2026, 11, 1, 10, 0).atZone(ZoneId.systemDefault()).toInstant());
    }

    @Test
    void anAgeCountsBackFromNowAsTtlTextDoes() {
        Instant now = Instant.ofEpochMilli(clock.currentTimeMillis());

        assertThat(converter.convert("30d")).isEqualTo(now.minus(Duration.ofDays(30)));
        assertThat(converter.convert("1d12h")).isEqualTo(now.minus(Duration.ofHours(36)));
        assertThat(converter.convert("PT90M")).isEqualTo(now.minus(Duration.ofMinutes(90)));
    }

    @Test
    void anythingElseSaysWhatIsAccepted() {
        assertThatThrownBy(() -> converter.convert("30"))
                .isInstanceOf(TypeConversionException.class)
                .hasMessage("'30' is not a date, a time or an age. Write a date (2026-11-01, from midnight in this"
                            + " computer's time zone), a time (2026-11-01T10:00:00Z, or with an offset such as"
                            + " +01:00), or an age counted back from now (30d, 12h, 1d12h, 90m).");
        assertThatThrownBy(() -> converter.convert("2026-13-01")).isInstanceOf(TypeConversionException.class);
    }
}
