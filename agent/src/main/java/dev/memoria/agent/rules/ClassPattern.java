package dev.memoria.agent.rules;

import java.util.regex.Pattern;

/**
 * The class part of a method pattern, matched against binary class names ({@code com.acme.Outer$Inner}). {@code *}
 * matches within one name (nested class names included), {@code **} any number of whole package names. A dot in the
 * pattern also matches the {@code $} of a nested class, so {@code com.acme.Outer.Inner} and
 * {@code com.acme.Outer$Inner} name the same class.
 */
final class ClassPattern {

    private static final String ANY_DEPTH = "**";

    private final Pattern regex;

    private ClassPattern(Pattern regex) {
        this.regex = regex;
    }

    /**
     * @param text    the class part, e.g. {@code com.acme.**.Catalog}
     * @param pattern the whole method pattern, quoted in messages
     * @throws InvalidRuleException naming what is wrong and the fix
     */
    static ClassPattern parse(String text, String pattern) {
        String[] segments = text.split("\\.", -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            check(segments, i, pattern);
            regex.append(separatorBefore(segments, i)).append(segments[i].equals(ANY_DEPTH)
                    ? anyDepth(i, segments.length) : Globs.regex(segments[i], "[^.]*"));
        }
        rejectJdk(segments, pattern);
        return new ClassPattern(Pattern.compile(regex.toString()));
    }

    /** Whether the class with this binary name (dots, {@code $} for nesting) matches. */
    boolean matches(String binaryName) {
        return regex.matcher(binaryName).matches();
    }

    private static void check(String[] segments, int index, String pattern) {
        String segment = segments[index];
        if (segment.isEmpty()) {
            throw new InvalidRuleException("'" + pattern + "' has an empty name between two dots. Remove the"
                    + " extra dot, or write .**. for any number of packages");
        }
        if (segment.contains(ANY_DEPTH) && !segment.equals(ANY_DEPTH)) {
            throw new InvalidRuleException("'" + pattern + "' has ** inside the name '" + segment + "', but **"
                    + " stands for whole package names. Write it between dots, as in com.acme.**.Catalog, or use *"
                    + " within a name");
        }
        if (index > 0 && segment.equals(ANY_DEPTH) && segments[index - 1].equals(ANY_DEPTH)) {
            throw new InvalidRuleException("'" + pattern + "' has **.** where one ** already matches any number"
                    + " of packages. Write ** once");
        }
    }

    /** The JDK check looks at the leading names without wildcards: {@code javax.**} may still match a library. */
    private static void rejectJdk(String[] segments, String pattern) {
        StringBuilder literalPackage = new StringBuilder();
        int i = 0;
        for (; i < segments.length - 1 && !segments[i].contains("*"); i++) {
            literalPackage.append(i == 0 ? "" : ".").append(segments[i]);
        }
        boolean complete = i == segments.length - 1;
        if (!literalPackage.isEmpty() && JdkPackages.contains(literalPackage.toString(), complete)) {
            throw new InvalidRuleException("'" + pattern + "' names a JDK class. The JDK's classes are loaded by"
                    + " the bootstrap or platform class loader, which cannot see Memoria, so their methods cannot"
                    + " be cached. Write a rule for the method of your application or library that calls it");
        }
    }

    /** The dot before a name; a leading {@code **} takes the dot after it, one in the middle the dot before it. */
    private static String separatorBefore(String[] segments, int index) {
        boolean first = index == 0;
        boolean afterLeadingAnyDepth = index == 1 && segments[0].equals(ANY_DEPTH);
        boolean middleAnyDepth = segments[index].equals(ANY_DEPTH) && index < segments.length - 1;
        return first || afterLeadingAnyDepth || middleAnyDepth ? "" : "[.$]";
    }

    /**
     * {@code **} as the only segment matches any class; first, any leading packages and the dot after them; last, at
     * least one more name; in between, any number of names with the dot before them.
     */
    private static String anyDepth(int index, int count) {
        if (count == 1) {
            return ".+";
        }
        if (index == 0) {
            return "(?:.*[.$])?";
        }
        return index == count - 1 ? ".+" : "(?:[.$].*)?";
    }
}
