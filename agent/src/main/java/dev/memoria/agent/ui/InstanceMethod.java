package dev.memoria.agent.ui;

import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A public instance method of a toolkit's target class, written as in Java source: {@code show(com.acme.Item)},
 * {@code clear()}. Parameter types are binary names ({@code com.acme.Ui$Item} for a nested class).
 */
record InstanceMethod(String name, List<String> parameterTypes) {

    private static final Pattern SYNTAX = Pattern.compile(
            "\\s*([\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*)\\s*\\(([^()]*)\\)\\s*");

    /** @throws IllegalArgumentException when {@code text} is not {@code name(type, ...)} */
    static InstanceMethod parse(String text) {
        var matcher = SYNTAX.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a method: write name(parameter types), e.g."
                    + " show(com.acme.Item) or clear()");
        }
        String parameters = matcher.group(2).trim();
        List<String> types = parameters.isEmpty() ? List.of()
                : Arrays.stream(parameters.split(",")).map(String::trim).toList();
        for (String type : types) {
            if (!TypeNames.isTypeName(type)) {
                throw new IllegalArgumentException("'" + text + "' has a parameter type '" + type + "' that is not"
                        + " a Java type name: write it in full, e.g. java.lang.String");
            }
        }
        return new InstanceMethod(matcher.group(1), types);
    }

    ElementMatcher<MethodDescription> matcher() {
        return method -> !method.isStatic() && method.getInternalName().equals(name)
                && method.getParameters().asTypeList().asErasures().stream().map(TypeDescription::getName).toList()
                        .equals(parameterTypes);
    }

    boolean matches(Method method) {
        return method.getName().equals(name)
                && Arrays.stream(method.getParameterTypes()).map(Class::getName).toList().equals(parameterTypes);
    }

    /** The method's name and descriptor, as the woven advice reports it. */
    static String signature(Method method) {
        return method.getName() + MethodType.methodType(method.getReturnType(), method.getParameterTypes())
                .toMethodDescriptorString();
    }

    @Override
    public String toString() {
        return name + "(" + String.join(", ", parameterTypes) + ")";
    }
}
