package dev.memoria.agent.rules;

/**
 * The character classes a rules file is read with, answered for ASCII from tables that the JDK's own predicates fill
 * once: premain runs these for every character of the file while the JVM still interprets them, where each
 * {@link Character} call is a chain of several.
 */
final class Chars {

    private static final int ASCII = 128;
    private static final boolean[] WHITESPACE = new boolean[ASCII];
    private static final boolean[] IDENTIFIER_PART = new boolean[ASCII];
    private static final boolean[] INVISIBLE = new boolean[ASCII];

    static {
        for (char c = 0; c < ASCII; c++) {
            WHITESPACE[c] = Character.isWhitespace(c);
            IDENTIFIER_PART[c] = Character.isJavaIdentifierPart(c);
            INVISIBLE[c] = invisible(c);
        }
    }

    private Chars() {
    }

    /** {@link Character#isWhitespace(char)}. */
    static boolean isWhitespace(char c) {
        return c < ASCII ? WHITESPACE[c] : Character.isWhitespace(c);
    }

    /** {@link Character#isJavaIdentifierPart(char)}, which takes controls too: see {@link #isInvisible}. */
    static boolean isJavaIdentifierPart(char c) {
        return c < ASCII ? IDENTIFIER_PART[c] : Character.isJavaIdentifierPart(c);
    }

    /**
     * Controls (NUL, escape, ...) and format characters (U+202E RIGHT-TO-LEFT OVERRIDE, zero-width spaces, ...):
     * they do not show, or they change how the text around them shows.
     */
    static boolean isInvisible(int c) {
        return c >= 0 && c < ASCII ? INVISIBLE[c] : invisible(c);
    }

    private static boolean invisible(int c) {
        return Character.isISOControl(c) || Character.getType(c) == Character.FORMAT;
    }
}
