package dev.memoria.agent.rules;

/** Checks on the Java names a rule is made of. */
final class Names {

    private Names() {
    }

    /** Whether {@code text} is a Java identifier; {@code $} counts as a letter, as in binary names. */
    static boolean isIdentifier(String text) {
        return !text.isEmpty() && Character.isJavaIdentifierStart(text.charAt(0))
               && text.chars().skip(1).allMatch(Character::isJavaIdentifierPart);
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

    /** The first character of {@code text} that no Java name or wildcard may contain, or {@code -1}. */
    static int badCharacter(String text) {
        return text.chars().filter(c -> c != '*' && c != '.' && !Character.isJavaIdentifierPart(c)).findFirst()
                .orElse(-1);
    }
}
