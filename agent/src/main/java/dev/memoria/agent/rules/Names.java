package dev.memoria.agent.rules;

/** Checks on the Java names a rule is made of. */
final class Names {

    private Names() {
    }

    /**
     * Whether {@code text} is a Java identifier; {@code $} counts as a letter, as in binary names. Unlike
     * {@link Character#isJavaIdentifierPart}, which lets controls and format characters through (javac ignores them
     * in source), no invisible character is taken: no compiled name contains one.
     */
    static boolean isIdentifier(String text) {
        if (text.isEmpty() || !Character.isJavaIdentifierStart(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Chars.isJavaIdentifierPart(c) || Chars.isInvisible(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code text} is a dotted name such as {@code com.acme.Outer$Inner}. */
    static boolean isQualifiedName(String text) {
        for (String part : text.split("\\.", -1)) {
            if (!isIdentifier(part)) {
                return false;
            }
        }
        return true;
    }

    /*
     * Loops, not streams, here and below: these run for every pattern of a rules file in premain, where the JVM still
     * interprets them and a stream pipeline costs many times a loop.
     */

    /** The first visible character of {@code text} that no Java name or wildcard may contain, or {@code -1}. */
    static int badCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '*' && c != '.' && !Chars.isJavaIdentifierPart(c)) {
                return c;
            }
        }
        return -1;
    }

    /** The first invisible character of {@code text}, or {@code -1}. */
    static int invisibleCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Chars.isInvisible(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return -1;
    }

    /** {@code U+202E (RIGHT-TO-LEFT OVERRIDE)}. */
    static String describe(int c) {
        String name = Character.getName(c);
        return String.format("U+%04X", c) + (name == null ? "" : " (" + name + ")");
    }
}
