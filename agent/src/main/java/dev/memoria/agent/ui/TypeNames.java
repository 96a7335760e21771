package dev.memoria.agent.ui;

/**
 * Checks the Java names a toolkit description is written with, so mistakes fail when it is read. Plain character
 * tests rather than regular expressions: memoria-ui's own description is checked at every agent start.
 */
final class TypeNames {

    private static final String ANY_CLASS = ".*";

    private TypeNames() {
    }

    /** A dotted name such as {@code com.acme.Ui$Item}. */
    static boolean isTypeName(String text) {
        for (String part : text.split("\\.", -1)) {
            if (!isIdentifier(part)) {
                return false;
            }
        }
        return true;
    }

    static boolean isIdentifier(String text) {
        if (text.isEmpty() || !Character.isJavaIdentifierStart(text.codePointAt(0))) {
            return false;
        }
        return text.codePoints().skip(1).allMatch(Character::isJavaIdentifierPart);
    }

    /** A class name, or a package followed by {@code .*} (its classes and their nested classes). */
    static boolean isTypePattern(String text) {
        return isTypeName(text.endsWith(ANY_CLASS) ? text.substring(0, text.length() - ANY_CLASS.length()) : text);
    }
}
