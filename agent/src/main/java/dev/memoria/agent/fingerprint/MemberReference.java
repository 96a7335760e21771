package dev.memoria.agent.fingerprint;

import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

import java.util.function.Consumer;

import static org.objectweb.asm.Opcodes.H_GETFIELD;
import static org.objectweb.asm.Opcodes.H_GETSTATIC;
import static org.objectweb.asm.Opcodes.H_INVOKEINTERFACE;
import static org.objectweb.asm.Opcodes.H_INVOKESPECIAL;
import static org.objectweb.asm.Opcodes.H_INVOKESTATIC;
import static org.objectweb.asm.Opcodes.H_INVOKEVIRTUAL;
import static org.objectweb.asm.Opcodes.H_NEWINVOKESPECIAL;
import static org.objectweb.asm.Opcodes.H_PUTFIELD;
import static org.objectweb.asm.Opcodes.H_PUTSTATIC;

/**
 * A field or method that code refers to, with the JVM reference kind ({@code H_GETFIELD} to {@code H_INVOKEINTERFACE})
 * saying how. Instructions and method handles both map to it, so a lambda's implementation method and a method
 * reference count like direct calls.
 */
record MemberReference(int kind, String owner, String name, String descriptor) {

    boolean isMethod() {
        return kind >= H_INVOKEVIRTUAL;
    }

    /** A call dispatched on the receiver's run-time class. */
    boolean isVirtual() {
        return kind == H_INVOKEVIRTUAL || kind == H_INVOKEINTERFACE;
    }

    boolean isStaticField() {
        return kind == H_GETSTATIC || kind == H_PUTSTATIC;
    }

    /**
     * Passes on the member of a field or method instruction, and every method handle of an invokedynamic or LDC
     * instruction, its bootstrap method included.
     */
    static void forEachIn(AbstractInsnNode instruction, Consumer<MemberReference> consumer) {
        if (instruction instanceof FieldInsnNode field) {
            consumer.accept(new MemberReference(kindOf(field.getOpcode(), field.name), field.owner, field.name,
                    field.desc));
        } else if (instruction instanceof MethodInsnNode method) {
            consumer.accept(new MemberReference(kindOf(method.getOpcode(), method.name), method.owner, method.name,
                    method.desc));
        } else if (instruction instanceof InvokeDynamicInsnNode dynamic) {
            forEachInConstant(dynamic.bsm, consumer);
            for (Object argument : dynamic.bsmArgs) {
                forEachInConstant(argument, consumer);
            }
        } else if (instruction instanceof LdcInsnNode constant) {
            forEachInConstant(constant.cst, consumer);
        }
    }

    private static void forEachInConstant(Object constant, Consumer<MemberReference> consumer) {
        if (constant instanceof Handle handle) {
            consumer.accept(new MemberReference(handle.getTag(), handle.getOwner(), handle.getName(),
                    handle.getDesc()));
        } else if (constant instanceof ConstantDynamic dynamic) {
            forEachInConstant(dynamic.getBootstrapMethod(), consumer);
            for (int argument = 0; argument < dynamic.getBootstrapMethodArgumentCount(); argument++) {
                forEachInConstant(dynamic.getBootstrapMethodArgument(argument), consumer);
            }
        }
    }

    private static int kindOf(int opcode, String name) {
        return switch (opcode) {
            case Opcodes.GETFIELD -> H_GETFIELD;
            case Opcodes.GETSTATIC -> H_GETSTATIC;
            case Opcodes.PUTFIELD -> H_PUTFIELD;
            case Opcodes.PUTSTATIC -> H_PUTSTATIC;
            case Opcodes.INVOKEVIRTUAL -> H_INVOKEVIRTUAL;
            case Opcodes.INVOKESTATIC -> H_INVOKESTATIC;
            case Opcodes.INVOKESPECIAL -> "<init>".equals(name) ? H_NEWINVOKESPECIAL : H_INVOKESPECIAL;
            case Opcodes.INVOKEINTERFACE -> H_INVOKEINTERFACE;
            default -> throw new IllegalArgumentException("not a field or method instruction: opcode " + opcode);
        };
    }
}
