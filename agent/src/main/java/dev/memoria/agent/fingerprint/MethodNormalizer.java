package dev.memoria.agent.fingerprint;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a method into a hash as the JVM runs it: owner, name, descriptor, access flags, then the instructions with
 * their operands by value and the exception table. Left out, because recompiling unchanged code may change them or
 * because they do not change what the code computes: line numbers, local variable names, stack map frames, max
 * stack and locals, generic signatures, the throws clause and all annotations. Annotations include
 * {@code @CacheData}: editing its ttl must keep the entries. One reordering is undone: the stores that open a
 * constructor, whose order differs between javac versions.
 */
final class MethodNormalizer {

    /**
     * Flags that javac sets without a change in meaning: synthetic (depends on how code is generated), deprecated
     * (documentation), strictfp (implied for every method since Java 17, written only by older compilers).
     */
    static final int UNSTABLE_ACCESS_FLAGS = Opcodes.ACC_SYNTHETIC | Opcodes.ACC_DEPRECATED | Opcodes.ACC_STRICT;

    /** Marks a label in the instruction stream; ASM gives labels the opcode -1, which this stream uses as its end. */
    private static final int LABEL = -2;
    private static final int END = -1;
    /** The catch type of a finally block; no class is named "". */
    private static final String ANY = "";
    private static final String CONSTRUCTOR = "<init>";
    private static final int STORE_LENGTH = 3;

    private MethodNormalizer() {
    }

    static void write(String owner, MethodNode method, Symbols symbols, HashBuilder out) {
        out.putString(symbols.className(owner))
                .putString(symbols.methodName(owner, method.name, method.desc))
                .putString(symbols.descriptor(method.desc))
                .putInt(method.access & ~UNSTABLE_ACCESS_FLAGS);
        LabelNumbering labels = LabelNumbering.of(method);
        AbstractInsnNode instruction = method.instructions.getFirst();
        if (CONSTRUCTOR.equals(method.name)) {
            instruction = writeLeadingFieldStores(owner, instruction, labels, symbols, out);
        }
        for (; instruction != null; instruction = instruction.getNext()) {
            writeInstruction(instruction, labels, symbols, out);
        }
        out.putInt(END).putInt(method.tryCatchBlocks.size());
        for (TryCatchBlockNode block : method.tryCatchBlocks) {
            out.putInt(labels.numberOf(block.start))
                    .putInt(labels.numberOf(block.end))
                    .putInt(labels.numberOf(block.handler))
                    .putString(block.type == null ? ANY : symbols.className(block.type));
        }
    }

    /**
     * Writes the leading stores of local variables into distinct fields of {@code this} as a set, and
     * returns the instruction after them. A local or anonymous class's constructor starts by storing the outer
     * instance and the captured variables; javac 17 stores {@code this$0} first, newer javac (seen with 25) last. The
     * stores are independent, so their order does not change what the constructor does.
     */
    private static AbstractInsnNode writeLeadingFieldStores(String owner, AbstractInsnNode first, LabelNumbering labels,
                                                        Symbols symbols, HashBuilder out) {
        List<byte[]> stores = new ArrayList<>();
        Set<String> storedFields = new HashSet<>();
        AbstractInsnNode next = first;
        while (isStoreOfLocalIntoThis(next, owner) && storedFields.add(fieldOf(next).name + fieldOf(next).desc)) {
            HashBuilder store = new HashBuilder();
            for (int part = 0; part < STORE_LENGTH; part++, next = next.getNext()) {
                writeInstruction(next, labels, symbols, store);
            }
            stores.add(store.finish());
        }
        stores.sort(Arrays::compareUnsigned);
        out.putInt(stores.size());
        stores.forEach(out::putBytes);
        return next;
    }

    /** {@code ALOAD 0; xLOAD n; PUTFIELD owner.field}. */
    private static boolean isStoreOfLocalIntoThis(AbstractInsnNode first, String owner) {
        if (!(first instanceof VarInsnNode self && self.getOpcode() == Opcodes.ALOAD && self.var == 0)) {
            return false;
        }
        AbstractInsnNode load = first.getNext();
        return load instanceof VarInsnNode
                && load.getOpcode() >= Opcodes.ILOAD && load.getOpcode() <= Opcodes.ALOAD
                && load.getNext() instanceof FieldInsnNode store
                && store.getOpcode() == Opcodes.PUTFIELD
                && store.owner.equals(owner);
    }

    private static FieldInsnNode fieldOf(AbstractInsnNode storeOfLocalIntoThis) {
        return (FieldInsnNode) storeOfLocalIntoThis.getNext().getNext();
    }

    private static void writeInstruction(AbstractInsnNode instruction, LabelNumbering labels, Symbols symbols,
                                         HashBuilder out) {
        switch (instruction.getType()) {
            case AbstractInsnNode.LABEL -> {
                LabelNode label = (LabelNode) instruction;
                if (labels.isUsed(label)) {
                    out.putInt(LABEL).putInt(labels.numberOf(label));
                }
            }
            case AbstractInsnNode.LINE, AbstractInsnNode.FRAME -> {
                // debug information and verifier hints: recompiling unchanged code may change both
            }
            default -> {
                out.putInt(instruction.getOpcode());
                writeOperands(instruction, labels, symbols, out);
            }
        }
    }

    private static void writeOperands(AbstractInsnNode instruction, LabelNumbering labels, Symbols symbols,
                                      HashBuilder out) {
        switch (instruction.getType()) {
            case AbstractInsnNode.INT_INSN -> out.putInt(((IntInsnNode) instruction).operand);
            case AbstractInsnNode.VAR_INSN -> out.putInt(((VarInsnNode) instruction).var);
            case AbstractInsnNode.TYPE_INSN -> out.putString(symbols.typeOperand(((TypeInsnNode) instruction).desc));
            case AbstractInsnNode.FIELD_INSN -> {
                FieldInsnNode field = (FieldInsnNode) instruction;
                out.putString(symbols.className(field.owner))
                        .putString(symbols.fieldName(field.owner, field.name, field.desc))
                        .putString(symbols.descriptor(field.desc));
            }
            case AbstractInsnNode.METHOD_INSN -> {
                MethodInsnNode method = (MethodInsnNode) instruction;
                out.putString(symbols.className(method.owner))
                        .putString(symbols.methodName(method.owner, method.name, method.desc))
                        .putString(symbols.descriptor(method.desc))
                        .putInt(method.itf ? 1 : 0);
            }
            case AbstractInsnNode.INVOKE_DYNAMIC_INSN -> {
                // The bootstrap arguments carry the meaning: string-concatenation recipes, record component names,
                // switch labels, and the lambda's implementation method.
                InvokeDynamicInsnNode dynamic = (InvokeDynamicInsnNode) instruction;
                out.putString(dynamic.name).putString(symbols.descriptor(dynamic.desc));
                ConstantNormalizer.writeHandle(dynamic.bsm, symbols, out);
                out.putInt(dynamic.bsmArgs.length);
                for (Object argument : dynamic.bsmArgs) {
                    ConstantNormalizer.write(argument, symbols, out);
                }
            }
            case AbstractInsnNode.JUMP_INSN -> out.putInt(labels.numberOf(((JumpInsnNode) instruction).label));
            case AbstractInsnNode.LDC_INSN -> ConstantNormalizer.write(((LdcInsnNode) instruction).cst, symbols, out);
            case AbstractInsnNode.IINC_INSN -> {
                IincInsnNode increment = (IincInsnNode) instruction;
                out.putInt(increment.var).putInt(increment.incr);
            }
            case AbstractInsnNode.TABLESWITCH_INSN -> {
                TableSwitchInsnNode table = (TableSwitchInsnNode) instruction;
                out.putInt(table.min).putInt(table.max).putInt(labels.numberOf(table.dflt));
                table.labels.forEach(label -> out.putInt(labels.numberOf(label)));
            }
            case AbstractInsnNode.LOOKUPSWITCH_INSN -> {
                LookupSwitchInsnNode lookup = (LookupSwitchInsnNode) instruction;
                out.putInt(labels.numberOf(lookup.dflt)).putInt(lookup.keys.size());
                for (int key = 0; key < lookup.keys.size(); key++) {
                    out.putInt(lookup.keys.get(key)).putInt(labels.numberOf(lookup.labels.get(key)));
                }
            }
            case AbstractInsnNode.MULTIANEWARRAY_INSN -> {
                MultiANewArrayInsnNode array = (MultiANewArrayInsnNode) instruction;
                out.putString(symbols.descriptor(array.desc)).putInt(array.dims);
            }
            default -> {
                // a plain instruction (INSN): its opcode is all there is
            }
        }
    }
}
