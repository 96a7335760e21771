package dev.memoria.agent.ui;

import java.util.regex.Pattern;

/** Checks the Java names a toolkit description is written with, so mistakes fail when it is read. */
final class TypeNames {

    private static final String IDENTIFIER = "[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*";
    private static final Pattern TYPE = Pattern.compile(IDENTIFIER + "(\\." + IDENTIFIER + ")*");
    private static final Pattern NAME = Pattern.compile(IDENTIFIER);
    private static final Pattern TYPE_PATTERN = Pattern.compile(IDENTIFIER + "(\\." + IDENTIFIER + ")*(\\.\\*)?");

    private TypeNames() {
    }

    static boolean isTypeName(String text) {
        return TYPE.matcher(text).matches();
    }

    static boolean isIdentifier(String text) {
        return NAME.matcher(text).matches();
    }

    /** A class name, or a package followed by {@code .*} (its classes and their nested classes). */
    static boolean isTypePattern(String text) {
        return TYPE_PATTERN.matcher(text).matches();
    }
}
