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
        for (int i = Character.charCount(text.codePointAt(0)); i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!Character.isJavaIdentifierPart(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** ASCII letters, digits, {@code .}, {@code _} and {@code -}, as in {@code acme-ui}. */
    static boolean isToolkitName(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_'
                  || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** A class name, or a package followed by {@code .*} (its classes and their nested classes). */
    static boolean isTypePattern(String text) {
        return isTypeName(text.endsWith(ANY_CLASS) ? text.substring(0, text.length() - ANY_CLASS.length()) : text);
    }
}
