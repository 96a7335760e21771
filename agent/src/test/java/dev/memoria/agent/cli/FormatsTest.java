package dev.memoria.agent.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** The text output's building blocks: {@link Formats} and {@link Table}. */
class FormatsTest {

    @Test
    void sizesUseBinaryUnitsWithOneDecimal() {
        assertThat(Formats.bytes(0)).isEqualTo("0 B");
        assertThat(Formats.bytes(1023)).isEqualTo("1023 B");
        assertThat(Formats.bytes(1024)).isEqualTo("1.0 KiB");
        assertThat(Formats.bytes(1536 * 1024)).isEqualTo("1.5 MiB");
        assertThat(Formats.bytes(5L << 30)).isEqualTo("5.0 GiB");
        assertThat(Formats.bytes(Long.MAX_VALUE)).isEqualTo("8.0 EiB");
    }

    @Test
    void countsAgreeWithTheirNumber() {
        assertThat(Formats.count(1, "entry", "entries")).isEqualTo("1 entry");
        assertThat(Formats.count(0, "entry", "entries")).isEqualTo("0 entries");
    }

    @Test
    void timesAreLocalToTheMinuteAndADashForNone() {
        assertThat(Formats.time(java.time.Instant.now())).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(Formats.time(null)).isEqualTo("-");
    }

    @Test
    void fingerprintsAreShortened() {
        assertThat(Formats.shortFingerprint("0123456789abcdef0123456789abcdef")).isEqualTo("01234567");
    }

    @Test
    void tablesAlignColumnsAndLeaveNoTrailingSpaces() {
        Table table = new Table().left("NAME").right("COUNT").left("NOTE");
        table.row("a", 1, "");
        table.row("longer name", 1234, "newest");
        StringWriter text = new StringWriter();

        table.print(new PrintWriter(text, true), "  ");

        assertThat(text.toString()).isEqualTo("""
                  NAME         COUNT  NOTE
                  a                1
                  longer name   1234  newest
                """);
    }
}
