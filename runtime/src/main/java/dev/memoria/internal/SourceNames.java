package dev.memoria.internal;

/**
 * How messages write a type in Java source, for the fixes they propose. Local and anonymous classes ({@code Outer$1},
 * {@code Outer$1Local}) have binary names that no source can write: a fix names a supertype for them instead.
 */
public final class SourceNames {

    private SourceNames() {
    }

    /** {@code java.util.Map$Entry} becomes {@code java.util.Map.Entry}. */
    public static String sourceName(String binaryName) {
        return binaryName.replace('$', '.');
    }

    /** Whether the binary name is that of a local or anonymous class: a nested name that starts with a digit. */
    public static boolean isUnnameable(String binaryName) {
        for (int dollar = binaryName.indexOf('$'); dollar >= 0; dollar = binaryName.indexOf('$', dollar + 1)) {
            if (dollar + 1 < binaryName.length() && Character.isDigit(binaryName.charAt(dollar + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The type a {@code Hasher} for values of {@code binaryName} is declared for, as a message writes it:
     * {@code Hasher<java.util.Map.Entry>}, or for a local or anonymous class, a named supertype of it.
     */
    public static String hasherOf(String binaryName) {
        if (isUnnameable(binaryName)) {
            return "Hasher<T> for a named supertype T of " + binaryName + " (a local or anonymous class, which"
                   + " source code cannot name)";
        }
        return "Hasher<" + sourceName(binaryName) + ">";
    }

    /**
     * A valid class name for a {@code Hasher} of the type: its simple name without the digits javac puts before a
     * local class's name, {@code ValueHasher} for an anonymous class.
     */
    public static String hasherClassName(String binaryName) {
        String simple = binaryName.substring(Math.max(binaryName.lastIndexOf('.'), binaryName.lastIndexOf('$')) + 1);
        int start = 0;
        while (start < simple.length() && Character.isDigit(simple.charAt(start))) {
            start++;
        }
        return (start == simple.length() ? "Value" : simple.substring(start)) + "Hasher";
    }
}
