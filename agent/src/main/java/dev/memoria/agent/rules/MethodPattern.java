package dev.memoria.agent.rules;

/**
 * Which methods a rule names: {@code <class pattern>.<method name>[(<parameter types>)]}, for instance
 * {@code com.acme.**.Catalog.find*(String, int)}. The method name may use {@code *}; the parameter list is explained
 * by {@link ParameterTypes}, the class pattern by {@link ClassPattern}.
 */
final class MethodPattern {

    private final String text;
    private final ClassPattern owner;
    private final Glob name;
    private final ParameterTypes parameters;

    private MethodPattern(String text, ClassPattern owner, Glob name, ParameterTypes parameters) {
        this.text = text;
        this.owner = owner;
        this.name = name;
        this.parameters = parameters;
    }

    /** @throws InvalidRuleException naming what is wrong and the fix */
    static MethodPattern parse(String text) {
        checkBounds(text);
        int open = text.indexOf('(');
        String head = open < 0 ? text : text.substring(0, open);
        int bad = Names.badCharacter(head);
        if (bad >= 0) {
            throw new InvalidRuleException("'" + text + "' has a character that no Java name contains: '"
                    + Character.toString(bad) + "'. Class and method names take letters, digits, _ and $, with *"
                    + " and ** as wildcards");
        }
        int dot = head.lastIndexOf('.');
        if (dot < 0) {
            throw new InvalidRuleException("'" + text + "' names no class. Write the class and the method, as in"
                    + " com.acme.Reports.load, or **.load for a method of that name in any class");
        }
        String method = head.substring(dot + 1);
        checkMethodName(method, text);
        return new MethodPattern(text, ClassPattern.parse(head.substring(0, dot), text),
                methodName(method), open < 0 ? ParameterTypes.ANY : parameters(text, open));
    }

    /** @param className the class's binary ({@code com.acme.Outer$Inner}) or internal name */
    boolean matchesClass(String className) {
        return owner.matches(className);
    }

    ClassPattern owner() {
        return owner;
    }

    boolean matchesMethod(String methodName, String descriptor) {
        return name.matches(methodName) && parameters.matches(descriptor);
    }

    @Override
    public String toString() {
        return text;
    }

    /** Checked first, so that the other checks and their messages deal with short, visible text only. */
    private static void checkBounds(String text) {
        if (text.length() > Limits.PATTERN_CHARACTERS) {
            throw new InvalidRuleException("The pattern '" + Limits.excerpt(text) + "' is "
                    + Limits.number(text.length()) + " characters long; a pattern may have at most "
                    + Limits.number(Limits.PATTERN_CHARACTERS) + ". Shorten it, with * and ** for the parts that vary");
        }
        int invisible = Names.invisibleCharacter(text);
        if (invisible >= 0) {
            throw new InvalidRuleException("'" + Limits.excerpt(text) + "' holds an invisible character, "
                    + Names.describe(invisible) + ", which no Java name contains, so the rule could never match."
                    + " Delete it (retype the pattern if your editor does not show it)");
        }
    }

    /** Each {@code *} matches any part of the name. */
    private static Glob methodName(String method) {
        Glob.Builder glob = new Glob.Builder();
        for (int i = 0; i < method.length(); i++) {
            if (method.charAt(i) == '*') {
                glob.star(false);
            } else {
                glob.literal(method.charAt(i));
            }
        }
        return glob.build();
    }

    private static void checkMethodName(String method, String text) {
        if (method.isEmpty()) {
            throw new InvalidRuleException("'" + text + "' names no method after its last dot. Write the method's"
                    + " name, or * for every method of the class");
        }
        if (method.contains("**")) {
            throw new InvalidRuleException("'" + text + "' has ** in the method name, but ** stands for package"
                    + " names. Use * for any part of a method name");
        }
    }

    private static ParameterTypes parameters(String text, int open) {
        int close = text.indexOf(')', open);
        if (close < 0) {
            throw new InvalidRuleException("The parameter list of '" + text + "' is not closed. Add ')'");
        }
        if (close != text.length() - 1) {
            throw new InvalidRuleException("'" + text + "' goes on after its parameter list with '"
                    + text.substring(close + 1) + "'. End the pattern with ')', and separate attributes with a"
                    + " space");
        }
        return ParameterTypes.parse(text.substring(open + 1, close), text);
    }
}
