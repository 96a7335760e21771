package dev.memoria.ui;

import dev.memoria.ui.internal.report.Messages;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The {@code memoria.ui.*} system properties: the defaults of every {@link AppServer} in the JVM, so that an app
 * started with {@link St#run} can be tuned from the command line ({@code -Dmemoria.ui.maxSessions=200}). The
 * server's own methods override them. A value that does not parse fails the server's construction, naming the
 * property and the form it takes.
 */
final class ServerProperties {

    private ServerProperties() {
    }

    /** A whole number of at least 1, or {@code fallback} when the property is not set. */
    static int count(String name, int fallback) {
        String value = System.getProperty(name);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= 1) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(Messages.propertyNotAWholeNumber(name, value, fallback));
    }

    /**
     * A duration such as {@code 90s}, {@code 5m}, {@code 1h} or ISO-8601's {@code PT90S}, of at least one second, or
     * {@code fallback} when the property is not set.
     */
    static Duration duration(String name, Duration fallback) {
        String value = System.getProperty(name);
        if (value == null) {
            return fallback;
        }
        Duration parsed = parse(value.strip().toLowerCase(Locale.ROOT));
        if (parsed == null || parsed.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException(Messages.propertyNotADuration(name, value, fallback.toSeconds()));
        }
        return parsed;
    }

    private static Duration parse(String text) {
        if (text.startsWith("pt")) {
            try {
                return Duration.parse(text);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        if (!text.matches("[0-9]{1,9}[smh]")) {
            return null;
        }
        long amount = Long.parseLong(text.substring(0, text.length() - 1));
        return switch (text.charAt(text.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
    }
}
