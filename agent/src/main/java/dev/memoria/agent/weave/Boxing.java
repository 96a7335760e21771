package dev.memoria.agent.weave;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/** The code that moves values between a method's own types and {@code Object}, for the woven calls. */
public final class Boxing {

    private static final String OBJECT = "java/lang/Object";

    private Boxing() {
    }

    /** The parameter {@code index} (not counting a receiver), boxed if primitive. */
    public static InsnList argument(MethodNode method, int index) {
        Type[] parameters = Type.getArgumentTypes(method.desc);
        int slot = (method.access & Opcodes.ACC_STATIC) != 0 ? 0 : 1;
        for (int i = 0; i < index; i++) {
            slot += parameters[i].getSize();
        }
        InsnList code = new InsnList();
        code.add(new VarInsnNode(parameters[index].getOpcode(Opcodes.ILOAD), slot));
        code.add(box(parameters[index]));
        return code;
    }

    /** A new {@code Object[]} of every parameter, primitives boxed. */
    public static InsnList arguments(MethodNode method) {
        int count = Type.getArgumentTypes(method.desc).length;
        InsnList code = new InsnList();
        code.add(new IntInsnNode(Opcodes.SIPUSH, count)); // at most 255 parameters
        code.add(new TypeInsnNode(Opcodes.ANEWARRAY, OBJECT));
        for (int i = 0; i < count; i++) {
            code.add(new InsnNode(Opcodes.DUP));
            code.add(new IntInsnNode(Opcodes.SIPUSH, i));
            code.add(argument(method, i));
            code.add(new InsnNode(Opcodes.AASTORE));
        }
        return code;
    }

    /** The receiver, or {@code null} for a static method. */
    public static AbstractInsnNode receiver(MethodNode method) {
        return (method.access & Opcodes.ACC_STATIC) != 0 ? new InsnNode(Opcodes.ACONST_NULL)
                : new VarInsnNode(Opcodes.ALOAD, 0);
    }

    /** Boxes the value of {@code type} on the stack; a reference stays as it is. */
    static InsnList box(Type type) {
        InsnList code = new InsnList();
        String wrapper = wrapper(type);
        if (wrapper != null) {
            code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, wrapper, "valueOf",
                    "(" + type.getDescriptor() + ")L" + wrapper + ";", false));
        }
        return code;
    }

    /** Turns the {@code Object} on the stack into a {@code type}: a cast, and for a primitive its unboxing. */
    static InsnList unbox(Type type) {
        InsnList code = new InsnList();
        String wrapper = wrapper(type);
        if (wrapper != null) {
            code.add(new TypeInsnNode(Opcodes.CHECKCAST, wrapper));
            code.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, wrapper, type.getClassName() + "Value",
                    "()" + type.getDescriptor(), false));
        } else if (!type.getInternalName().equals(OBJECT)) {
            code.add(new TypeInsnNode(Opcodes.CHECKCAST, type.getInternalName()));
        }
        return code;
    }

    private static String wrapper(Type type) {
        return switch (type.getSort()) {
            case Type.BOOLEAN -> "java/lang/Boolean";
            case Type.CHAR -> "java/lang/Character";
            case Type.BYTE -> "java/lang/Byte";
            case Type.SHORT -> "java/lang/Short";
            case Type.INT -> "java/lang/Integer";
            case Type.FLOAT -> "java/lang/Float";
            case Type.LONG -> "java/lang/Long";
            case Type.DOUBLE -> "java/lang/Double";
            default -> null;
        };
    }
}
