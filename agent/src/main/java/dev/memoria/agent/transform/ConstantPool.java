package dev.memoria.agent.transform;

/**
 * Looks for text constants in a class file's constant pool, in place: it steps from entry to entry by their tags and
 * lengths and compares only the UTF8 entries as long as the text sought. This is the check every class the JVM loads
 * goes through, so it reads no more than the pool, allocates nothing and takes no lock. Every name a class uses (its
 * annotations' types, the classes its code calls) is such a constant.
 */
final class ConstantPool {

    private static final int MAGIC = 0xCAFEBABE;
    private static final int HEADER = 10; // magic, minor and major version, constant pool count

    private ConstantPool() {
    }

    /**
     * Whether the pool holds a UTF8 constant equal to {@code one} or to {@code other} (modified UTF-8, which is
     * plain ASCII for the names sought here). A class file whose pool cannot be walked is searched byte by byte.
     */
    static boolean hasUtf8(byte[] classFile, byte[] one, byte[] other) {
        if (classFile.length < HEADER || readInt(classFile, 0) != MAGIC) {
            return contains(classFile, one) || contains(classFile, other);
        }
        int count = readUnsignedShort(classFile, 8);
        int offset = HEADER;
        for (int index = 1; index < count; index++) {
            if (offset >= classFile.length) {
                return contains(classFile, one) || contains(classFile, other);
            }
            int tag = classFile[offset];
            int size = entrySize(classFile, offset, tag);
            if (size < 0 || offset + size > classFile.length) {
                return contains(classFile, one) || contains(classFile, other);
            }
            if (tag == 1 && (equalsAt(classFile, offset + 3, size - 3, one)
                             || equalsAt(classFile, offset + 3, size - 3, other))) {
                return true;
            }
            if (tag == 5 || tag == 6) {
                index++; // a long or a double takes two entries
            }
            offset += size;
        }
        return false;
    }

    /** The size of the entry at {@code offset}, tag included; -1 for an unknown tag. */
    private static int entrySize(byte[] classFile, int offset, int tag) {
        return switch (tag) {
            case 1 -> offset + 3 <= classFile.length ? 3 + readUnsignedShort(classFile, offset + 1) : -1;
            case 7, 8, 16, 19, 20 -> 3; // class, string, method type, module, package
            case 15 -> 4; // method handle
            case 3, 4, 9, 10, 11, 12, 17, 18 -> 5; // int, float, member refs, name and type, (invoke)dynamic
            case 5, 6 -> 9; // long, double
            default -> -1;
        };
    }

    private static boolean equalsAt(byte[] classFile, int offset, int length, byte[] text) {
        if (length != text.length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (classFile[offset + i] != text[i]) {
                return false;
            }
        }
        return true;
    }

    /** The plain search, for a class file that is not one (the JVM will say so when it defines it). */
    private static boolean contains(byte[] bytes, byte[] text) {
        outer:
        for (int i = 0, last = bytes.length - text.length; i <= last; i++) {
            for (int j = 0; j < text.length; j++) {
                if (bytes[i + j] != text[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static int readUnsignedShort(byte[] bytes, int offset) {
        return (bytes[offset] & 0xFF) << 8 | bytes[offset + 1] & 0xFF;
    }

    private static int readInt(byte[] bytes, int offset) {
        return readUnsignedShort(bytes, offset) << 16 | readUnsignedShort(bytes, offset + 2);
    }
}
