package dev.memoria.agent.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the text output writes sizes, times, counts and fingerprints for people; {@code --json} writes raw values. */
final class Formats {

    /** As many fingerprint characters as {@code git} shows of a commit: enough to tell a method's versions apart. */
    private static final int SHORT_FINGERPRINT = 8;
    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    /** Minutes are precise enough to tell writes apart at a glance; local time is what people read. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private Formats() {
    }

    /** {@code 512 B}, {@code 1.5 KiB}, {@code 781.4 MiB}: binary units, as the runtime's {@code maxSize} reads them. */
    static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        int unit = 0;
        double value = bytes;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }

    /** {@code 2026-11-22 04:34} in this computer's time zone; {@code -} when there is no time. */
    static String time(Instant instant) {
        return instant == null ? "-" : TIME.format(instant);
    }

    /** {@code 1 entry}, {@code 3 entries}. */
    static String count(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }

    /** The first characters of a fingerprint, for tables. */
    static String shortFingerprint(String fingerprint) {
        return fingerprint.length() <= SHORT_FINGERPRINT ? fingerprint : fingerprint.substring(0, SHORT_FINGERPRINT);
    }
}
