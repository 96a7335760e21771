package dev.memoria.agent.fingerprint;

import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Writes loadable constants (LDC operands, bootstrap arguments, field initial values) into a hash by kind and value,
 * never by constant-pool index: javac versions order the pool differently for the same code.
 */
final class ConstantNormalizer {

    private static final int INTEGER = 'I';
    private static final int FLOAT = 'F';
    private static final int LONG = 'J';
    private static final int DOUBLE = 'D';
    private static final int STRING = 'S';
    private static final int TYPE = 'T';
    private static final int HANDLE = 'H';
    private static final int DYNAMIC = 'C';

    private ConstantNormalizer() {
    }

    /** Writes a constant as ASM represents it: a boxed number, String, Type, Handle or ConstantDynamic. */
    static void write(Object constant, Symbols symbols, HashBuilder out) {
        if (constant instanceof Integer value) {
            out.putInt(INTEGER).putInt(value);
        } else if (constant instanceof Float value) {
            out.putInt(FLOAT).putInt(Float.floatToRawIntBits(value));
        } else if (constant instanceof Long value) {
            out.putInt(LONG).putLong(value);
        } else if (constant instanceof Double value) {
            out.putInt(DOUBLE).putLong(Double.doubleToRawLongBits(value));
        } else if (constant instanceof String value) {
            out.putInt(STRING).putString(value);
        } else if (constant instanceof Type value) {
            out.putInt(TYPE).putString(symbols.descriptor(value.getDescriptor()));
        } else if (constant instanceof Handle value) {
            out.putInt(HANDLE);
            writeHandle(value, symbols, out);
        } else {
            // The last kind of loadable constant: its bootstrap computes the value, so all its parts are written.
            ConstantDynamic value = (ConstantDynamic) constant;
            out.putInt(DYNAMIC).putString(value.getName()).putString(symbols.descriptor(value.getDescriptor()));
            writeHandle(value.getBootstrapMethod(), symbols, out);
            out.putInt(value.getBootstrapMethodArgumentCount());
            for (int argument = 0; argument < value.getBootstrapMethodArgumentCount(); argument++) {
                write(value.getBootstrapMethodArgument(argument), symbols, out);
            }
        }
    }

    /** Writes a method handle: a lambda's implementation method, a bootstrap method, a method reference. */
    static void writeHandle(Handle handle, Symbols symbols, HashBuilder out) {
        boolean field = handle.getTag() <= Opcodes.H_PUTSTATIC;
        String name = field
                ? symbols.fieldName(handle.getOwner(), handle.getName(), handle.getDesc())
                : symbols.methodName(handle.getOwner(), handle.getName(), handle.getDesc());
        out.putInt(handle.getTag())
                .putString(symbols.className(handle.getOwner()))
                .putString(name)
                .putString(symbols.descriptor(handle.getDesc()))
                .putInt(handle.isInterface() ? 1 : 0);
    }
}
