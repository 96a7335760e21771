package dev.memoria.agent.fingerprint;

/**
 * How the names in a class file are written into a hash: as they are, or, where the compiler made them up, replaced
 * by something that survives recompiling unchanged code.
 */
interface Symbols {

    /** The class as written into a hash. */
    String className(String internalName);

    /** The name of a method as written into a hash; the owner and descriptor are written separately. */
    String methodName(String owner, String name, String descriptor);

    /** The name of a field as written into a hash; the owner and descriptor are written separately. */
    String fieldName(String owner, String name, String descriptor);

    /** A field or method descriptor with each class name replaced by {@link #className}. */
    default String descriptor(String descriptor) {
        StringBuilder written = new StringBuilder(descriptor.length());
        int position = 0;
        while (position < descriptor.length()) {
            char next = descriptor.charAt(position++);
            written.append(next);
            if (next == 'L') {
                int end = descriptor.indexOf(';', position);
                written.append(className(descriptor.substring(position, end))).append(';');
                position = end + 1;
            }
        }
        return written.toString();
    }

    /** The operand of NEW, ANEWARRAY, CHECKCAST and INSTANCEOF: an internal name or an array descriptor. */
    default String typeOperand(String internalNameOrArrayDescriptor) {
        return internalNameOrArrayDescriptor.startsWith("[")
                ? descriptor(internalNameOrArrayDescriptor)
                : className(internalNameOrArrayDescriptor);
    }
}
