package dev.memoria.agent.fingerprint;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.MethodNode;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Rewrites class files the way another compiler would have written the same code. */
final class ClassRewriting {

    private ClassRewriting() {
    }

    /** Copies a class through a ClassWriter that builds a new constant pool, in visiting order rather than javac's. */
    static byte[] withRebuiltConstantPool(byte[] classFile) {
        ClassWriter writer = new ClassWriter(0);
        new ClassReader(classFile).accept(writer, 0);
        return writer.toByteArray();
    }

    /**
     * Moves the first field store of the constructor ({@code ALOAD 0; load; PUTFIELD}) behind the second: in an
     * anonymous class capturing a variable, javac 17 stores {@code this$0} first and javac 25 last.
     */
    static byte[] withConstructorStoresSwapped(byte[] classFile) {
        ClassNode node = new ClassNode();
        new ClassReader(classFile).accept(node, 0);
        MethodNode constructor = node.methods.stream()
                .filter(method -> method.name.equals("<init>"))
                .findFirst()
                .orElseThrow();
        InsnList code = constructor.instructions;
        List<AbstractInsnNode> stores = Arrays.stream(code.toArray())
                .filter(instruction -> instruction.getOpcode() == Opcodes.PUTFIELD)
                .toList();
        assertThat(stores).as("field stores of %s.<init>", node.name).hasSizeGreaterThanOrEqualTo(2);
        AbstractInsnNode firstStore = stores.get(0);
        InsnList moved = new InsnList();
        List<AbstractInsnNode> firstStoreParts =
                List.of(firstStore.getPrevious().getPrevious(), firstStore.getPrevious(), firstStore);
        for (AbstractInsnNode part : firstStoreParts) {
            code.remove(part);
            moved.add(part);
        }
        code.insert(stores.get(1), moved);
        ClassWriter writer = new ClassWriter(0);
        node.accept(writer);
        return writer.toByteArray();
    }
}
