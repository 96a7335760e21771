package dev.memoria.internal.site;

import java.util.ArrayList;
import java.util.List;

/** Turns JVM method descriptors into the readable names used in messages, e.g. {@code (I[Ljava/lang/String;)V} into {@code int, String[]}. */
final class MethodNames {

    private MethodNames() {
    }

    /** The parameter types of a descriptor as simple source names. */
    static List<String> parameterTypes(String descriptor) {
        List<String> types = new ArrayList<>();
        int position = 1;
        while (descriptor.charAt(position) != ')') {
            int start = position;
            while (descriptor.charAt(position) == '[') {
                position++;
            }
            position = descriptor.charAt(position) == 'L' ? descriptor.indexOf(';', position) + 1 : position + 1;
            types.add(sourceName(descriptor.substring(start, position)));
        }
        return types;
    }

    private static String sourceName(String type) {
        int dimensions = 0;
        while (type.charAt(dimensions) == '[') {
            dimensions++;
        }
        String element = switch (type.charAt(dimensions)) {
            case 'Z' -> "boolean";
            case 'B' -> "byte";
            case 'C' -> "char";
            case 'S' -> "short";
            case 'I' -> "int";
            case 'J' -> "long";
            case 'F' -> "float";
            case 'D' -> "double";
            default -> simpleName(type.substring(dimensions + 1, type.length() - 1));
        };
        return element + "[]".repeat(dimensions);
    }

    /** {@code java/util/Map$Entry} becomes {@code Map.Entry}. */
    static String simpleName(String binaryOrInternalName) {
        String name = binaryOrInternalName.replace('/', '.');
        return name.substring(name.lastIndexOf('.') + 1).replace('$', '.');
    }
}
