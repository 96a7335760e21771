package dev.memoria.internal.policy;

import dev.memoria.internal.report.Messages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code maxSize} strings such as {@code "512MB"}, {@code "2GiB"} or {@code "1.5 g"}. Units are binary, as in
 * JVM flags ({@code -Xmx512m}) and Streamlit's {@code max_size}: {@code 1MB = 1MiB = 1,048,576} bytes.
 */
public final class ByteSizes {

    private static final Map<String, Long> UNIT_BYTES = new HashMap<>();

    static {
        unit(1L, "", "b", "byte", "bytes");
        unit(1L << 10, "k", "kb", "kib");
        unit(1L << 20, "m", "mb", "mib");
        unit(1L << 30, "g", "gb", "gib");
        unit(1L << 40, "t", "tb", "tib");
    }

    private ByteSizes() {
    }

    /**
     * @param text a size such as {@code "512MB"}
     * @return the size in bytes, at least 1
     * @throws IllegalArgumentException naming the problem and the accepted forms
     */
    public static long parse(String text) {
        Matcher size = Grammar.SIZE.matcher(text);
        if (!size.matches()) {
            throw invalid(text, "it is not a number followed by a unit");
        }
        Long unitBytes = UNIT_BYTES.get(size.group(2).toLowerCase(Locale.ROOT));
        if (unitBytes == null) {
            throw invalid(text, "'" + size.group(2) + "' is not a unit");
        }
        BigDecimal exact = new BigDecimal(size.group(1)).multiply(BigDecimal.valueOf(unitBytes));
        if (exact.compareTo(BigDecimal.ONE) < 0) {
            // rounding 0.5 bytes up to 1 would hide the mistake: no entry fits, so the bound caches nothing
            throw invalid(text, exact.signum() == 0 ? "a bound of zero bytes would cache nothing"
                    : "a bound of less than one byte would cache nothing");
        }
        BigDecimal bytes = exact.setScale(0, RoundingMode.HALF_UP);
        if (bytes.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw invalid(text, "it is larger than 8 EiB");
        }
        return bytes.longValue();
    }

    /** Renders a byte count for people: {@code 1536} becomes {@code "1.5 KiB"}. */
    public static String format(long bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        // what %.1f prints, without the Formatter: its locale data is most of the engine's start when it is the first
        return unit == 0 ? bytes + " B"
                : BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString() + " " + units[unit];
    }

    private static IllegalArgumentException invalid(String text, String why) {
        return new IllegalArgumentException(Messages.notASize(text, why));
    }

    private static void unit(long bytes, String... names) {
        for (String name : names) {
            UNIT_BYTES.put(name, bytes);
        }
    }

    /**
     * Compiled on the first {@link #parse}: the engine's first start formats the default memory budget, and would
     * otherwise load the regular expression engine for nothing.
     */
    private static final class Grammar {
        static final Pattern SIZE = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*([a-zA-Z]*)\\s*");
    }
}
