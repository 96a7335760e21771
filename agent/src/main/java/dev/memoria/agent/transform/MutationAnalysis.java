package dev.memoria.agent.transform;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which methods of a class may change an object they were given (an argument, or {@code this}): caching such a method
 * would skip the change on a hit. A data flow over each method's bytecode follows every value that comes from a
 * parameter, through fields, array elements, casts and the results of calls given it (of a call of the same class, only
 * what that method may return of its arguments, also found by iterating), and reports the first place that may change
 * one. It is sound only as far as it is conservative; what it cannot see into counts as a change:
 *
 * <ul>
 *   <li>a store into an array, or a field write, on such a value;</li>
 *   <li>a call of a known mutator of the JDK on it ({@code add}, {@code put}, {@code sort}, {@code append}, ...,
 *       {@code System.arraycopy} into it, {@code Arrays.fill}, {@code Collections.shuffle}, ...), or any call on an
 *       iterator, stream, reader, buffer or random generator the method was given, which uses it up;</li>
 *   <li>passing it to a method of the same class that changes it (found by iterating to a fixed point), to a method of
 *       another class, unless the parameter there is a {@code String}, {@code CharSequence} or a boxed primitive, or
 *       capturing it in a lambda.</li>
 * </ul>
 * Calls on immutable JDK values (strings, boxes) and other calls of the JDK are trusted not to change their arguments.
 */
final class MutationAnalysis {

    /** {@link Mutation#position()} of a method whose bytecode the analysis could not follow: it counts as changing. */
    static final int UNKNOWN = -1;

    /**
     * Where a method may change an object it was given: parameter {@code position} (0 is {@code this} of an instance
     * method), how ({@code "stores into it"}), and the source line, {@code -1} when unknown.
     */
    record Mutation(int position, String how, int line) {
    }

    private final String owner;
    private final Map<String, MethodNode> methods = new HashMap<>();
    private final Map<String, Mutation> found = new HashMap<>();
    private final Map<String, Returned> returns = new HashMap<>();

    /**
     * Which parameters (bit i: position i) a method's result may come from, and whether it may be one of them (or
     * reachable through their fields and elements) rather than only a view of one.
     */
    record Returned(long sources, boolean direct) {
        static final Returned NOTHING = new Returned(0, false);
        static final Returned ANYTHING = new Returned(-1L, true);

        Returned with(Returned other) {
            return new Returned(sources | other.sources, direct || other.direct);
        }
    }

    private MutationAnalysis(ClassNode type) {
        this.owner = type.name;
        for (MethodNode method : type.methods) {
            methods.put(method.name + method.desc, method);
        }
    }

    /**
     * @return for every method (key {@code name + descriptor}) that may change what it was given, the first place
     *         found; methods absent from the map change nothing they were given
     */
    static Map<String, Mutation> of(byte[] classFile) {
        ClassNode type = new ClassNode();
        new ClassReader(classFile).accept(type, ClassReader.SKIP_FRAMES);
        MutationAnalysis analysis = new MutationAnalysis(type);
        // What a method changes, or returns of what it was given, is what its same-class callers see of it: analyze
        // every method again until neither grows (both only grow, so this ends).
        boolean changed = true;
        while (changed) {
            changed = false;
            for (MethodNode method : type.methods) {
                changed |= analysis.analyze(method);
            }
        }
        return Map.copyOf(analysis.found);
    }

    /** @return whether this found something new about the method */
    private boolean analyze(MethodNode method) {
        if ((method.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) {
            return false;
        }
        String key = method.name + method.desc;
        TaintInterpreter interpreter = new TaintInterpreter(this, method);
        Mutation mutation;
        try {
            new Analyzer<>(interpreter).analyze(owner, method);
            mutation = interpreter.first();
        } catch (AnalyzerException | RuntimeException e) {
            mutation = new Mutation(UNKNOWN, String.valueOf(e.getMessage()), -1);
        }
        boolean changed = false;
        if (mutation != null && !found.containsKey(key)) {
            found.put(key, mutation);
            changed = true;
        }
        Returned known = returns.getOrDefault(key, Returned.NOTHING);
        Returned merged = known.with(mutation != null && mutation.position() == UNKNOWN ? Returned.ANYTHING
                : interpreter.returned());
        if (!merged.equals(known)) {
            returns.put(key, merged);
            changed = true;
        }
        return changed;
    }

    /**
     * What a call of a method of this class returns of the values it is given.
     *
     * @return {@code null} when the callee is not declared here: the caller assumes it may return any of them
     */
    Returned sameClassReturns(MethodInsnNode call) {
        if (!call.owner.equals(owner) || !methods.containsKey(call.name + call.desc)) {
            return null;
        }
        return returns.getOrDefault(call.name + call.desc, Returned.NOTHING);
    }

    /**
     * Whether a call of a method of this class changes what it gets at {@code position}.
     *
     * @return {@code null} when the callee is not declared here: the caller decides what that means
     */
    Boolean sameClassChanges(MethodInsnNode call, int position) {
        if (!call.owner.equals(owner) || !methods.containsKey(call.name + call.desc)) {
            return null;
        }
        Mutation mutation = found.get(call.name + call.desc);
        return mutation != null && (mutation.position() == position || mutation.position() == UNKNOWN);
    }

    /** The source line of an instruction, {@code -1} when the class has no line numbers. */
    static int lineOf(AbstractInsnNode instruction) {
        for (AbstractInsnNode at = instruction; at != null; at = at.getPrevious()) {
            if (at instanceof LineNumberNode line) {
                return line.line;
            }
        }
        return -1;
    }

    /** How a position is written in a reason: {@code this}, or the parameter's name. */
    static String nameOf(int position, boolean isStatic, List<String> parameterNames) {
        if (!isStatic && position == 0) {
            return "this";
        }
        int index = isStatic ? position : position - 1;
        return index >= 0 && index < parameterNames.size() ? "'" + parameterNames.get(index) + "'" : "an argument";
    }

    /** String concatenation: the one {@code invokedynamic} whose captured values reach no code that changes them. */
    static boolean isStringConcatenation(InvokeDynamicInsnNode call) {
        return call.bsm.getOwner().equals("java/lang/invoke/StringConcatFactory");
    }
}
