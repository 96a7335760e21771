package dev.memoria.internal.policy;

import dev.memoria.internal.report.Messages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the {@code ttl} strings a Streamlit user already writes: a sum of number-and-unit terms such as {@code "90s"},
 * {@code "1d23h"}, {@code "1.5 days"} or {@code "1 day 23hr 45minutes"}, a clock form {@code "01:30:00"}, or an
 * ISO-8601 duration such as {@code "PT1H"}.
 *
 * <p>Unlike pandas, which Streamlit delegates to, a number without a unit is rejected rather than read as
 * nanoseconds: {@code ttl = "60"} almost always means seconds, and guessing would hide the mistake.
 */
public final class Durations {

    private static final Pattern TERM = Pattern.compile("\\s*(\\d+(?:\\.\\d*)?|\\.\\d+)\\s*([a-zA-Zµ]*)\\s*");
    private static final Pattern CLOCK = Pattern.compile("(\\d+):(\\d{2})(?::(\\d{2}(?:\\.\\d+)?))?");
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private static final Map<String, Long> UNIT_NANOS = new HashMap<>();

    static {
        unit(7 * 86_400 * NANOS_PER_SECOND, "w", "wk", "wks", "week", "weeks");
        unit(86_400 * NANOS_PER_SECOND, "d", "day", "days");
        unit(3_600 * NANOS_PER_SECOND, "h", "hr", "hrs", "hour", "hours");
        unit(60 * NANOS_PER_SECOND, "m", "min", "mins", "minute", "minutes");
        unit(NANOS_PER_SECOND, "s", "sec", "secs", "second", "seconds");
        unit(1_000_000L, "ms", "milli", "millis", "millisecond", "milliseconds");
        unit(1_000L, "us", "µs", "micro", "micros", "microsecond", "microseconds");
        unit(1L, "ns", "nano", "nanos", "nanosecond", "nanoseconds");
    }

    private Durations() {
    }

    /**
     * @param text a duration such as {@code "1h30m"}
     * @return the duration, never negative
     * @throws IllegalArgumentException naming the problem and the accepted forms
     */
    public static Duration parse(String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            throw invalid(text, "it is empty");
        }
        if (trimmed.startsWith("-")) {
            throw invalid(text, "it is negative");
        }
        Duration parsed;
        if (Character.toUpperCase(trimmed.charAt(0)) == 'P') {
            parsed = parseIso(text, trimmed);
        } else if (CLOCK.matcher(trimmed).matches()) {
            parsed = parseClock(trimmed);
        } else {
            parsed = parseTerms(text, trimmed);
        }
        if (parsed.isNegative()) {
            throw invalid(text, "it is negative");
        }
        return parsed;
    }

    private static Duration parseIso(String text, String trimmed) {
        try {
            return Duration.parse(trimmed);
        } catch (DateTimeParseException e) {
            throw invalid(text, "it is not a valid ISO-8601 duration");
        }
    }

    private static Duration parseClock(String trimmed) {
        Matcher clock = CLOCK.matcher(trimmed);
        clock.matches();
        BigDecimal seconds = new BigDecimal(clock.group(1)).multiply(BigDecimal.valueOf(3_600))
                .add(new BigDecimal(clock.group(2)).multiply(BigDecimal.valueOf(60)))
                .add(clock.group(3) == null ? BigDecimal.ZERO : new BigDecimal(clock.group(3)));
        return Duration.ofNanos(seconds.multiply(BigDecimal.valueOf(NANOS_PER_SECOND)).longValueExact());
    }

    private static Duration parseTerms(String text, String trimmed) {
        Matcher term = TERM.matcher(trimmed);
        BigDecimal nanos = BigDecimal.ZERO;
        int position = 0;
        while (position < trimmed.length()) {
            if (!term.find(position) || term.start() != position) {
                throw invalid(text, "'" + trimmed.substring(position) + "' is not a number followed by a unit");
            }
            String unit = term.group(2).toLowerCase(Locale.ROOT);
            if (unit.isEmpty()) {
                throw invalid(text, "the number " + term.group(1) + " has no unit (write \"" + term.group(1)
                        + "s\" for seconds)");
            }
            Long unitNanos = UNIT_NANOS.get(unit);
            if (unitNanos == null) {
                throw invalid(text, "'" + term.group(2) + "' is not a unit");
            }
            nanos = nanos.add(new BigDecimal(term.group(1)).multiply(BigDecimal.valueOf(unitNanos)));
            position = term.end();
        }
        try {
            return Duration.ofNanos(nanos.setScale(0, RoundingMode.HALF_UP).longValueExact());
        } catch (ArithmeticException e) {
            throw invalid(text, "it is longer than 292 years");
        }
    }

    private static IllegalArgumentException invalid(String text, String why) {
        return new IllegalArgumentException(Messages.notADuration(text, why));
    }

    private static void unit(long nanos, String... names) {
        for (String name : names) {
            UNIT_NANOS.put(name, nanos);
        }
    }
}
