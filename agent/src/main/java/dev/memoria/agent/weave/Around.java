package dev.memoria.agent.weave;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FrameNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Wraps method bodies between two static calls, with plain ASM, the way an inlined advice does: an enter call at the
 * start, whose result (the "call") is kept in a new local, and an exit call {@code exit(call, returned, thrown)}
 * wherever the body ends, by a return or by a throw. The exit may replace the returned value; the enter's result may
 * skip the body. The class gains no member and keeps its shape, so the rewrite is legal for classes already loaded
 * (retransformation), and the woven code references only what the enter and exit calls name: nothing of ASM.
 *
 * <p>The stack map frames are kept, not recomputed (which would need the class hierarchy): the call's local takes
 * the first slot after the method's own, and every frame of the body declares it. The exit code at each return sits
 * outside every exception handler's range, so an exception thrown by the exit is never caught by the body's own
 * {@code catch}, nor seen by the exit a second time.
 */
public final class Around {

    private static final String OBJECT = "java/lang/Object";
    private static final String THROWABLE = "java/lang/Throwable";

    /** The calls woven around one method. */
    public interface Advice {

        /**
         * The enter call: code that leaves one {@code Object} on the stack, the call handed to the exit. It runs
         * first, with the parameters in their slots.
         */
        InsnList enter(MethodNode method);

        /**
         * The internal name of the type whose instances, returned by the enter call, skip the body (the exit, which
         * must then return {@code Object}, supplies the value); or null.
         */
        String skipOn();

        /**
         * The exit, a static method {@code (Object call, Object returned, Throwable thrown)} that returns either
         * {@code Object} (the value the method returns, for a body that returned or was skipped) or {@code void}
         * (the method returns what the body returned).
         */
        MethodInsnNode exit();
    }

    /** Which advice, if any, wraps a method. */
    public interface Selector {

        /** @return the advice for the method, or {@code null} to leave it unchanged */
        Advice adviceFor(int access, String name, String descriptor);
    }

    private Around() {
    }

    /**
     * Rewrites the methods {@code selector} picks; the others are copied unchanged.
     *
     * @throws IllegalArgumentException when a picked method cannot be woven (it has no code)
     */
    public static byte[] weave(byte[] classFile, Selector selector) {
        ClassReader reader = new ClassReader(classFile);
        // frames are kept by hand (computing them needs the class hierarchy); the unchanged methods are copied
        // byte for byte, so the maxs ASM computes are those of the woven methods only
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                MethodVisitor target = super.visitMethod(access, name, descriptor, signature, exceptions);
                Advice advice = selector.adviceFor(access, name, descriptor);
                if (advice == null) {
                    return target;
                }
                if ((access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0 || name.startsWith("<")) {
                    throw new IllegalArgumentException(name + descriptor + " has no body to wrap");
                }
                return new MethodNode(Opcodes.ASM9, access, name, descriptor, signature, exceptions) {
                    @Override
                    public void visitEnd() {
                        wrap(this, advice);
                        accept(target);
                    }
                };
            }
        }, ClassReader.EXPAND_FRAMES);
        return writer.toByteArray();
    }

    /** Wraps the body of {@code method}, read with expanded frames. */
    static void wrap(MethodNode method, Advice advice) {
        int call = method.maxLocals;
        Type returned = Type.getReturnType(method.desc);
        MethodInsnNode exit = advice.exit();
        boolean replaces = Type.getReturnType(exit.desc).getSort() != Type.VOID;
        InsnList code = method.instructions;
        for (AbstractInsnNode insn : code.toArray()) {
            if (insn instanceof FrameNode frame) {
                frame.local = withCall(frame.local, call);
            }
        }
        // the exit at each return, each bracketed by labels that cut it out of every handler's range
        List<LabelNode[]> exits = new ArrayList<>();
        for (AbstractInsnNode insn : code.toArray()) {
            int opcode = insn.getOpcode();
            if (opcode >= Opcodes.IRETURN && opcode <= Opcodes.RETURN) {
                LabelNode from = new LabelNode();
                LabelNode to = new LabelNode();
                InsnList exitCode = new InsnList();
                exitCode.add(from);
                exitCode.add(returnExit(returned, call, exit, replaces));
                exitCode.add(to);
                code.insertBefore(insn, exitCode);
                exits.add(new LabelNode[] {from, to});
            }
        }
        LabelNode bodyStart = new LabelNode();
        LabelNode bodyEnd = new LabelNode();
        LabelNode skip = new LabelNode();
        LabelNode handler = new LabelNode();
        InsnList start = advice.enter(method);
        start.add(new VarInsnNode(Opcodes.ASTORE, call));
        if (advice.skipOn() != null) {
            start.add(new VarInsnNode(Opcodes.ALOAD, call));
            start.add(new TypeInsnNode(Opcodes.INSTANCEOF, advice.skipOn()));
            start.add(new JumpInsnNode(Opcodes.IFNE, skip));
        }
        start.add(bodyStart);
        code.insert(start);
        code.add(bodyEnd);
        if (advice.skipOn() != null) {
            if (!replaces) {
                throw new IllegalArgumentException("a skipped body needs an exit that supplies the value");
            }
            code.add(skip);
            code.add(frame(call));
            code.add(new VarInsnNode(Opcodes.ALOAD, call));
            code.add(new InsnNode(Opcodes.ACONST_NULL));
            code.add(new InsnNode(Opcodes.ACONST_NULL));
            code.add(exit.clone(Map.of()));
            code.add(fromObject(returned));
            code.add(new InsnNode(returned.getOpcode(Opcodes.IRETURN)));
        }
        code.add(handler);
        code.add(frame(call, THROWABLE));
        code.add(new InsnNode(Opcodes.DUP));
        code.add(new VarInsnNode(Opcodes.ALOAD, call));
        code.add(new InsnNode(Opcodes.SWAP));
        code.add(new InsnNode(Opcodes.ACONST_NULL));
        code.add(new InsnNode(Opcodes.SWAP));
        code.add(exit.clone(Map.of()));
        if (replaces) {
            code.add(new InsnNode(Opcodes.POP));
        }
        code.add(new InsnNode(Opcodes.ATHROW));

        Ranges ranges = new Ranges(code, exits);
        List<TryCatchBlockNode> blocks = new ArrayList<>();
        for (TryCatchBlockNode block : method.tryCatchBlocks) {
            for (LabelNode[] piece : ranges.without(block.start, block.end)) {
                TryCatchBlockNode copy = new TryCatchBlockNode(piece[0], piece[1], block.handler, block.type);
                copy.visibleTypeAnnotations = block.visibleTypeAnnotations;
                copy.invisibleTypeAnnotations = block.invisibleTypeAnnotations;
                blocks.add(copy);
            }
        }
        // last in the table: the body's own handlers come first
        for (LabelNode[] piece : ranges.without(bodyStart, bodyEnd)) {
            blocks.add(new TryCatchBlockNode(piece[0], piece[1], handler, THROWABLE));
        }
        method.tryCatchBlocks = blocks;
    }

    /** The exit at a return, with the returned value on the stack; leaves the value to return there. */
    private static InsnList returnExit(Type returned, int call, MethodInsnNode exit, boolean replaces) {
        InsnList code = new InsnList();
        boolean isVoid = returned.getSort() == Type.VOID;
        if (isVoid) {
            code.add(new InsnNode(Opcodes.ACONST_NULL));
        } else {
            if (!replaces) {
                code.add(new InsnNode(returned.getSize() == 2 ? Opcodes.DUP2 : Opcodes.DUP));
            }
            code.add(Boxing.box(returned));
        }
        code.add(new VarInsnNode(Opcodes.ALOAD, call));
        code.add(new InsnNode(Opcodes.SWAP));
        code.add(new InsnNode(Opcodes.ACONST_NULL));
        code.add(exit.clone(Map.of()));
        if (replaces) {
            code.add(fromObject(returned));
        }
        return code;
    }

    /** The exit's {@code Object} as the method's return type: a cast, a cast and an unboxing, or dropped. */
    private static InsnList fromObject(Type type) {
        InsnList code = new InsnList();
        if (type.getSort() == Type.VOID) {
            code.add(new InsnNode(Opcodes.POP));
        } else {
            code.add(Boxing.unbox(type));
        }
        return code;
    }

    /** A frame's locals with the call's slot added: padded with {@code TOP} up to it, then an {@code Object}. */
    private static List<Object> withCall(List<Object> locals, int call) {
        List<Object> result = new ArrayList<>(locals == null ? List.of() : locals);
        int slots = 0;
        for (Object local : result) {
            slots += local == Opcodes.LONG || local == Opcodes.DOUBLE ? 2 : 1;
        }
        for (; slots < call; slots++) {
            result.add(Opcodes.TOP);
        }
        result.add(OBJECT);
        return result;
    }

    /** The frame of code reached from anywhere in the body: nothing known but the call. */
    private static FrameNode frame(int call, Object... stack) {
        List<Object> locals = withCall(List.of(), call);
        return new FrameNode(Opcodes.F_NEW, locals.size(), locals.toArray(), stack.length, stack);
    }

    /** Positions of labels in the code, to cut the exit segments out of handler ranges. */
    private static final class Ranges {

        private final Map<LabelNode, Integer> labels = new IdentityHashMap<>();
        /** Per label, the instructions before it: a range between labels of equal count is empty. */
        private final Map<LabelNode, Integer> instructionsBefore = new IdentityHashMap<>();
        private final List<LabelNode[]> exits;

        Ranges(InsnList code, List<LabelNode[]> exits) {
            this.exits = exits;
            int position = 0;
            int instructions = 0;
            for (AbstractInsnNode insn : code) {
                if (insn instanceof LabelNode label) {
                    labels.put(label, position);
                    instructionsBefore.put(label, instructions);
                } else if (insn.getOpcode() >= 0) {
                    instructions++;
                }
                position++;
            }
        }

        /** {@code [start, end)} less the exit segments inside it, as non-empty pieces. */
        List<LabelNode[]> without(LabelNode start, LabelNode end) {
            List<LabelNode[]> pieces = new ArrayList<>();
            LabelNode from = start;
            for (LabelNode[] exit : exits) {
                if (labels.get(exit[0]) > labels.get(from) && labels.get(exit[1]) < labels.get(end)) {
                    add(pieces, from, exit[0]);
                    from = exit[1];
                }
            }
            add(pieces, from, end);
            return pieces;
        }

        private void add(List<LabelNode[]> pieces, LabelNode from, LabelNode to) {
            if (instructionsBefore.get(to) > instructionsBefore.get(from)) {
                pieces.add(new LabelNode[] {from, to});
            }
        }
    }
}
