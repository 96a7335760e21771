package dev.memoria.agent.cli;

import dev.memoria.agent.report.Messages;
import dev.memoria.internal.policy.Durations;
import dev.memoria.internal.time.Clock;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

/**
 * Reads {@code prune --older-than}: a date ({@code 2026-11-01}, from midnight), a time ({@code 2026-11-01T10:00:00Z},
 * with an offset such as {@code +01:00}, or without one), or an age counted back from now ({@code 30d}, {@code 12h},
 * {@code 1d12h}: any {@code ttl} text, read by the runtime's own parser). Dates and times without an offset are in
 * this computer's time zone, as people mean them.
 */
final class CutoffConverter implements ITypeConverter<Instant> {

    private static final List<Function<String, Instant>> POINTS_IN_TIME = List.of(
            text -> LocalDate.parse(text).atStartOfDay(ZoneId.systemDefault()).toInstant(),
            text -> OffsetDateTime.parse(text).toInstant(),
            text -> LocalDateTime.parse(text).atZone(ZoneId.systemDefault()).toInstant());

    /** What an age counts back from. */
    private final Clock clock;

    /** As picocli builds it: ages count back from this computer's time. */
    CutoffConverter() {
        this(new Clock());
    }

    CutoffConverter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Instant convert(String text) {
        for (Function<String, Instant> form : POINTS_IN_TIME) {
            try {
                return form.apply(text);
            } catch (DateTimeParseException otherForm) {
                // try the next form
            }
        }
        try {
            return Instant.ofEpochMilli(clock.currentTimeMillis()).minus(Durations.parse(text));
        } catch (IllegalArgumentException notAnAge) {
            throw new TypeConversionException(Messages.notACutoff(text));
        }
    }
}
