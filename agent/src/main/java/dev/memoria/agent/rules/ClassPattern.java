package dev.memoria.agent.rules;

import dev.memoria.agent.report.Messages;

/**
 * The class part of a method pattern, matched against binary class names ({@code com.acme.Outer$Inner}). {@code *}
 * matches within one name (nested class names included), {@code **} any number of whole package names. A dot in the
 * pattern also matches the {@code $} of a nested class, so {@code com.acme.Outer.Inner} and
 * {@code com.acme.Outer$Inner} name the same class.
 */
final class ClassPattern {

    private static final String ANY_DEPTH = "**";

    private final Glob glob;

    private ClassPattern(Glob glob) {
        this.glob = glob;
    }

    /**
     * @param text    the class part, e.g. {@code com.acme.**.Catalog}
     * @param pattern the whole method pattern, quoted in messages
     * @throws InvalidRuleException naming what is wrong and the fix
     */
    static ClassPattern parse(String text, String pattern) {
        String[] segments = text.split("\\.", -1);
        Glob.Builder glob = new Glob.Builder();
        for (int i = 0; i < segments.length; i++) {
            check(segments, i, pattern);
            if (separatorBefore(segments, i)) {
                glob.separator();
            }
            if (segments[i].equals(ANY_DEPTH)) {
                anyDepth(glob, i, segments.length);
            } else {
                name(glob, segments[i]);
            }
        }
        rejectJdk(segments, pattern);
        return new ClassPattern(glob.build());
    }

    /** Whether the class with this binary ({@code com.acme.Outer$Inner}) or internal name matches. */
    boolean matches(String className) {
        return glob.matches(className);
    }

    /** The literal start of every class the pattern matches, {@code .} for a separator; may be empty. */
    String literalPrefix() {
        return glob.literalPrefix();
    }

    /** Text that every class the pattern matches contains as it is. */
    String longestLiteral() {
        return glob.longestLiteral();
    }

    private static void check(String[] segments, int index, String pattern) {
        String segment = segments[index];
        if (segment.isEmpty()) {
            throw new InvalidRuleException(Messages.emptyClassName(pattern));
        }
        if (segment.contains(ANY_DEPTH) && !segment.equals(ANY_DEPTH)) {
            throw new InvalidRuleException(Messages.anyDepthInsideName(pattern, segment));
        }
        if (index > 0 && segment.equals(ANY_DEPTH) && segments[index - 1].equals(ANY_DEPTH)) {
            throw new InvalidRuleException(Messages.anyDepthTwice(pattern));
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
            throw new InvalidRuleException(Messages.jdkClassPattern(pattern));
        }
    }

    /** The dot before a name; a leading {@code **} takes the dot after it, one in the middle the dot before it. */
    private static boolean separatorBefore(String[] segments, int index) {
        boolean first = index == 0;
        boolean afterLeadingAnyDepth = index == 1 && segments[0].equals(ANY_DEPTH);
        boolean middleAnyDepth = segments[index].equals(ANY_DEPTH) && index < segments.length - 1;
        return !(first || afterLeadingAnyDepth || middleAnyDepth);
    }

    /** One name, each {@code *} matching within it (nested class names included). */
    private static void name(Glob.Builder glob, String segment) {
        for (int i = 0; i < segment.length(); i++) {
            if (segment.charAt(i) == '*') {
                glob.star(true);
            } else {
                glob.literal(segment.charAt(i));
            }
        }
    }

    /**
     * {@code **} as the only segment matches any class; first, any leading packages and the dot after them; last, at
     * least one more name; in between, any number of names with the dot before them.
     */
    private static void anyDepth(Glob.Builder glob, int index, int count) {
        if (count == 1 || index == count - 1) {
            glob.anyChar().star(false);
        } else if (index == 0) {
            int split = glob.beginOptional();
            glob.star(false).separator().endOptional(split);
        } else {
            int split = glob.beginOptional();
            glob.separator().star(false).endOptional(split);
        }
    }
}
