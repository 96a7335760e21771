package dev.memoria.agent.rules;

import java.util.Locale;

/**
 * The bounds a rules file is held to, so that any file, however written, costs the agent bounded work at start-up
 * and a report of bounded length: rules files may come from anywhere a configuration does.
 */
final class Limits {

    /** Far above any real rules file; reading stops there. */
    static final int FILE_BYTES = 1 << 20;
    /** A {@code ui} line, after joining the lines that end in {@code \}. */
    static final int LINE_CHARACTERS = 10_000;
    static final int PATTERN_CHARACTERS = 1_000;
    /**
     * A cache rule's attribute value. The values end up in the woven class's constant pool, whose entries hold at
     * most 65,535 bytes; a value as long as this keeps every rule well within that.
     */
    static final int VALUE_CHARACTERS = 1_000;
    /** Problems the report lists; the rest are counted. */
    static final int REPORTED_PROBLEMS = 20;

    private static final int EXCERPT_CHARACTERS = 60;

    private Limits() {
    }

    /**
     * {@code text} as a message may quote it: at most {@value #EXCERPT_CHARACTERS} characters, followed by … when cut,
     * with invisible characters (controls, direction overrides) written as {@code \}{@code uXXXX} so the
     * message shows what the file holds.
     */
    static String excerpt(String text) {
        StringBuilder excerpt = new StringBuilder();
        int end = Math.min(text.length(), EXCERPT_CHARACTERS);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            excerpt.append(Chars.isInvisible(c) ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return end < text.length() ? excerpt + "…" : excerpt.toString();
    }

    static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
