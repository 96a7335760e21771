package dev.memoria.agent.rules;

import dev.memoria.agent.report.Messages;

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
            throw new InvalidRuleException(Messages.notANameCharacter(text, Character.toString(bad)));
        }
        int dot = head.lastIndexOf('.');
        if (dot < 0) {
            throw new InvalidRuleException(Messages.patternWithoutClass(text));
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
            throw new InvalidRuleException(Messages.patternTooLong(Limits.excerpt(text), Limits.number(text.length()),
                    Limits.number(Limits.PATTERN_CHARACTERS)));
        }
        int invisible = Names.invisibleCharacter(text);
        if (invisible >= 0) {
            throw new InvalidRuleException(Messages.invisibleCharacter(Limits.excerpt(text), Names.describe(invisible)));
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
            throw new InvalidRuleException(Messages.patternWithoutMethod(text));
        }
        if (method.contains("**")) {
            throw new InvalidRuleException(Messages.anyDepthInMethodName(text));
        }
    }

    private static ParameterTypes parameters(String text, int open) {
        int close = text.indexOf(')', open);
        if (close < 0) {
            throw new InvalidRuleException(Messages.parameterListNotClosed(text));
        }
        if (close != text.length() - 1) {
            throw new InvalidRuleException(Messages.textAfterParameterList(text, text.substring(close + 1)));
        }
        return ParameterTypes.parse(text.substring(open + 1, close), text);
    }
}
