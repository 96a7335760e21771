package dev.memoria.agent.rules;

import dev.memoria.agent.report.Messages;

import org.objectweb.asm.Type;

/**
 * One parameter type of a method pattern. A name without dots ({@code String}, {@code Entry}, {@code Map$Entry})
 * matches that class in any package; a dotted name matches exactly ({@code java.util.Map.Entry} or
 * {@code java.util.Map$Entry}); primitives,
 * arrays ({@code int[]}) and varargs ({@code String...}, the same as {@code String[]}) match as in Java source.
 */
final class TypeName {

    private static final String VARARGS = "...";
    private static final String ARRAY = "[]";

    /** With dots for nesting: {@code $} and {@code .} are the same here. */
    private final String name;
    private final boolean qualified;
    private final int dimensions;

    private TypeName(String name, boolean qualified, int dimensions) {
        this.name = name;
        this.qualified = qualified;
        this.dimensions = dimensions;
    }

    /** @throws InvalidRuleException naming what is wrong and the fix */
    static TypeName parse(String text, String pattern) {
        if (text.contains("<")) {
            throw new InvalidRuleException(Messages.typeArguments(text, pattern, text.substring(0, text.indexOf('<'))));
        }
        if (hasWhitespace(text)) {
            String type = text.split("\\s+")[0];
            throw new InvalidRuleException(Messages.parameterNameInTypes(text, pattern, type));
        }
        String element = text;
        int dimensions = 0;
        if (element.endsWith(VARARGS)) {
            element = element.substring(0, element.length() - VARARGS.length());
            dimensions++;
        }
        while (element.endsWith(ARRAY)) {
            element = element.substring(0, element.length() - ARRAY.length());
            dimensions++;
        }
        if (!Names.isQualifiedName(element)) {
            throw new InvalidRuleException(Messages.notAType(text, pattern));
        }
        return new TypeName(element.replace('$', '.'), element.indexOf('.') >= 0, dimensions);
    }

    /** A loop, not a stream: this runs for every parameter type of a rules file in premain, interpreted. */
    private static boolean hasWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Chars.isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    boolean matches(Type type) {
        boolean array = type.getSort() == Type.ARRAY;
        if ((array ? type.getDimensions() : 0) != dimensions) {
            return false;
        }
        String className = (array ? type.getElementType() : type).getClassName().replace('$', '.');
        return className.equals(name) || !qualified && className.endsWith("." + name);
    }
}
