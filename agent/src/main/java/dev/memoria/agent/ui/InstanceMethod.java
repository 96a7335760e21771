package dev.memoria.agent.ui;

import dev.memoria.agent.report.Messages;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A public instance method of a toolkit's target class, written as in Java source: {@code show(com.acme.Item)},
 * {@code clear()}. Parameter types are binary names ({@code com.acme.Ui$Item} for a nested class).
 */
record InstanceMethod(String name, List<String> parameterTypes) {

    /** @throws IllegalArgumentException when {@code text} is not {@code name(type, ...)} */
    static InstanceMethod parse(String text) {
        String trimmed = text.trim();
        int open = trimmed.indexOf('(');
        boolean wellFormed = open > 0 && trimmed.indexOf('(', open + 1) < 0
                             && trimmed.indexOf(')') == trimmed.length() - 1;
        String name = wellFormed ? trimmed.substring(0, open).trim() : "";
        if (!TypeNames.isIdentifier(name)) {
            throw new IllegalArgumentException(Messages.notAnInstanceMethod(text));
        }
        String parameters = trimmed.substring(open + 1, trimmed.length() - 1).trim();
        List<String> types = new ArrayList<>();
        for (String type : parameters.isEmpty() ? new String[0] : parameters.split(",")) {
            types.add(type.trim());
        }
        for (String type : types) {
            if (!TypeNames.isTypeName(type)) {
                throw new IllegalArgumentException(Messages.notAParameterType(text, type));
            }
        }
        return new InstanceMethod(name, List.copyOf(types));
    }

    /** Whether a method of a class file is this one. */
    boolean matches(int access, String methodName, String descriptor) {
        return (access & (Opcodes.ACC_STATIC | Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) == 0 && methodName.equals(name)
               && Arrays.stream(Type.getArgumentTypes(descriptor)).map(Type::getClassName).toList()
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
