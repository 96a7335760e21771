package dev.memoria.agent.transform;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Interpreter;
import org.objectweb.asm.tree.analysis.Value;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The data flow of {@link MutationAnalysis}: each value on the stack or in a local knows which parameters it comes
 * from, and whether it is one of them (or reachable through their fields and elements) or only something a call on
 * one returned (an iterator, a view). Sizes come from ASM's {@link BasicInterpreter}.
 */
final class TaintInterpreter extends Interpreter<TaintInterpreter.Taint> {

    /** JDK methods that change the receiver they are called on (collections, maps, builders, buffers). */
    private static final Set<String> MUTATORS = Set.of("add", "addAll", "addFirst", "addLast", "addElement",
            "append", "clear", "compute", "computeIfAbsent", "computeIfPresent", "delete", "deleteCharAt",
            "drainTo", "fill", "insert", "insertElementAt", "merge", "offer", "offerFirst", "offerLast", "poll",
            "pollFirst", "pollLast", "pop", "push", "put", "putAll", "putIfAbsent", "remove", "removeAll",
            "removeElement", "removeFirst", "removeIf", "removeLast", "replace", "replaceAll", "retainAll", "reverse",
            "set", "setAll", "setCharAt", "setLength", "setElementAt", "sort", "trimToSize", "ensureCapacity",
            "lazySet", "getAndSet", "getAndAdd", "getAndIncrement", "getAndDecrement", "incrementAndGet",
            "decrementAndGet", "addAndGet", "compareAndSet", "accumulateAndGet", "getAndUpdate", "updateAndGet");
    /** JDK types whose instances cannot change: calls on them change nothing. */
    private static final Set<String> IMMUTABLE = Set.of("java/lang/String", "java/lang/Integer", "java/lang/Long",
            "java/lang/Short", "java/lang/Byte", "java/lang/Character", "java/lang/Boolean", "java/lang/Float",
            "java/lang/Double", "java/math/BigInteger", "java/math/BigDecimal", "java/lang/Class", "java/lang/Enum");
    /** JDK types whose instance methods return the receiver or new values, never an argument. */
    private static final Set<String> BUILDERS = Set.of("java/lang/StringBuilder", "java/lang/StringBuffer",
            "java/lang/AbstractStringBuilder");
    /** Parameter types through which a callee cannot change what it is given. */
    private static final Set<String> READ_ONLY_PARAMETERS = Set.of("Ljava/lang/String;", "Ljava/lang/CharSequence;",
            "Ljava/lang/Integer;", "Ljava/lang/Long;", "Ljava/lang/Short;", "Ljava/lang/Byte;",
            "Ljava/lang/Character;", "Ljava/lang/Boolean;", "Ljava/lang/Float;", "Ljava/lang/Double;",
            "Ljava/lang/Class;", "Ljava/math/BigInteger;", "Ljava/math/BigDecimal;", "Ljava/util/Locale;",
            "Ljava/nio/charset/Charset;", "Ljava/util/regex/Pattern;", "Ljava/util/UUID;");
    /** JDK types whose every call moves their state on: a method given one uses it up. */
    private static final List<String> CONSUMED = List.of("java/util/Iterator", "java/util/ListIterator",
            "java/util/Enumeration", "java/util/Spliterator", "java/util/Scanner", "java/util/Random",
            "java/util/random/", "java/util/stream/", "java/io/", "java/nio/");
    /** JDK methods that change their first argument. */
    private static final Set<String> CHANGES_FIRST_ARGUMENT = Set.of("java/util/Arrays.sort",
            "java/util/Arrays.parallelSort", "java/util/Arrays.fill", "java/util/Arrays.setAll",
            "java/util/Arrays.parallelSetAll", "java/util/Arrays.parallelPrefix", "java/util/Collections.sort",
            "java/util/Collections.reverse", "java/util/Collections.shuffle", "java/util/Collections.swap",
            "java/util/Collections.fill", "java/util/Collections.rotate", "java/util/Collections.copy",
            "java/util/Collections.addAll", "java/lang/reflect/Array.set", "java/lang/reflect/Array.setInt",
            "java/lang/reflect/Array.setLong", "java/lang/reflect/Array.setDouble",
            "java/lang/reflect/Array.setFloat", "java/lang/reflect/Array.setChar",
            "java/lang/reflect/Array.setByte", "java/lang/reflect/Array.setShort",
            "java/lang/reflect/Array.setBoolean");
    private static final int MAX_POSITION = 63;

    private final BasicInterpreter sizes = new BasicInterpreter();
    private final MutationAnalysis analysis;
    private final boolean isStatic;
    private final int[] positionOfLocal;
    private MutationAnalysis.Mutation first;
    private MutationAnalysis.Returned returned = MutationAnalysis.Returned.NOTHING;

    /** A value: the parameters it comes from (bit i: position i), and whether it is one of them, not a view. */
    record Taint(int size, long sources, boolean direct) implements Value {
        @Override
        public int getSize() {
            return size;
        }

        boolean tainted() {
            return sources != 0;
        }
    }

    TaintInterpreter(MutationAnalysis analysis, MethodNode method) {
        super(Opcodes.ASM9);
        this.analysis = analysis;
        this.isStatic = (method.access & Opcodes.ACC_STATIC) != 0;
        this.positionOfLocal = new int[Math.max(method.maxLocals, 1) + 1];
        Arrays.fill(positionOfLocal, -1);
        int local = 0;
        int position = 0;
        if (!isStatic) {
            positionOfLocal[local++] = position++;
        }
        for (Type parameter : Type.getArgumentTypes(method.desc)) {
            if (local < positionOfLocal.length) {
                positionOfLocal[local] = position;
            }
            local += parameter.getSize();
            position++;
        }
    }

    MutationAnalysis.Mutation first() {
        return first;
    }

    /** What the method may return of its parameters. */
    MutationAnalysis.Returned returned() {
        return returned;
    }

    private static Taint of(BasicValue value) {
        return value == null ? null : new Taint(value.getSize(), 0, false);
    }

    private static BasicValue basic(Taint value) {
        return value.getSize() == 2 ? BasicValue.LONG_VALUE : BasicValue.INT_VALUE;
    }

    @Override
    public Taint newValue(Type type) {
        return of(sizes.newValue(type));
    }

    @Override
    public Taint newParameterValue(boolean isInstanceMethod, int local, Type type) {
        int position = local < positionOfLocal.length ? positionOfLocal[local] : -1;
        if (position < 0 || type.getSort() != Type.ARRAY && type.getSort() != Type.OBJECT) {
            return newValue(type);
        }
        return new Taint(1, 1L << Math.min(position, MAX_POSITION), true);
    }

    @Override
    public Taint newOperation(AbstractInsnNode insn) throws AnalyzerException {
        return of(sizes.newOperation(insn));
    }

    @Override
    public Taint copyOperation(AbstractInsnNode insn, Taint value) {
        return value;
    }

    @Override
    public Taint unaryOperation(AbstractInsnNode insn, Taint value) throws AnalyzerException {
        BasicValue result = sizes.unaryOperation(insn, basic(value));
        if (result != null && result.isReference() && value.tainted()
            && (insn.getOpcode() == Opcodes.GETFIELD || insn.getOpcode() == Opcodes.CHECKCAST)) {
            return new Taint(1, value.sources(), value.direct()); // a field of a parameter is part of it
        }
        return of(result);
    }

    @Override
    public Taint binaryOperation(AbstractInsnNode insn, Taint value1, Taint value2) throws AnalyzerException {
        if (insn.getOpcode() == Opcodes.PUTFIELD) {
            changes(value1, insn, "sets its field " + ((FieldInsnNode) insn).name);
            return null;
        }
        BasicValue result = sizes.binaryOperation(insn, basic(value1), basic(value2));
        if (insn.getOpcode() == Opcodes.AALOAD && value1.tainted()) {
            return new Taint(1, value1.sources(), value1.direct()); // an element of a parameter is part of it
        }
        return of(result);
    }

    @Override
    public Taint ternaryOperation(AbstractInsnNode insn, Taint value1, Taint value2, Taint value3) {
        changes(value1, insn, "stores into it");
        return null;
    }

    @Override
    public Taint naryOperation(AbstractInsnNode insn, List<? extends Taint> values) throws AnalyzerException {
        long sources = 0;
        for (Taint value : values) {
            sources |= value.sources();
        }
        if (insn instanceof MethodInsnNode call) {
            checkCall(call, values);
        } else if (insn instanceof InvokeDynamicInsnNode call && !MutationAnalysis.isStringConcatenation(call)) {
            for (Taint value : values) {
                changes(value, insn, "captures it in a lambda, whose body Memoria does not follow");
            }
        }
        Type returned = insn instanceof MethodInsnNode call ? Type.getReturnType(call.desc)
                : insn instanceof InvokeDynamicInsnNode call ? Type.getReturnType(call.desc) : null;
        boolean direct = false;
        MutationAnalysis.Returned sameClass = insn instanceof MethodInsnNode call ? analysis.sameClassReturns(call)
                : null;
        if (sameClass != null) {
            // a method of this class returns only what its analysis says, e.g. a new array, or its argument
            sources = 0;
            for (int i = 0; i < values.size(); i++) {
                if ((sameClass.sources() & (1L << Math.min(i, MAX_POSITION))) != 0) {
                    sources |= values.get(i).sources();
                }
            }
            direct = sameClass.direct();
        } else if (insn instanceof MethodInsnNode call && IMMUTABLE.contains(call.owner)) {
            sources = 0; // an immutable value hands out copies of its state (String.toCharArray), never views
        } else if (insn instanceof MethodInsnNode call && BUILDERS.contains(call.owner)) {
            sources = values.get(0).sources(); // a builder's calls return the builder, never an argument
        }
        boolean fresh = insn instanceof MethodInsnNode call && returnsCopy(call);
        if (returned != null && (returned.getSort() == Type.OBJECT || returned.getSort() == Type.ARRAY)
            && !IMMUTABLE.contains(returned.getInternalName()) && sources != 0 && !fresh) {
            return new Taint(1, sources, direct); // what a call given a parameter returns may be a view of it
        }
        return of(sizes.naryOperation(insn, null));
    }

    @Override
    public void returnOperation(AbstractInsnNode insn, Taint value, Taint expected) {
        if (value.tainted()) {
            returned = returned.with(new MutationAnalysis.Returned(value.sources(), value.direct()));
        }
    }

    @Override
    public Taint merge(Taint value1, Taint value2) {
        if (value1.equals(value2)) {
            return value1;
        }
        return new Taint(Math.min(value1.size(), value2.size()), value1.sources() | value2.sources(),
                value1.direct() || value2.direct());
    }

    private void checkCall(MethodInsnNode call, List<? extends Taint> values) {
        boolean hasReceiver = call.getOpcode() != Opcodes.INVOKESTATIC;
        Type[] parameters = Type.getArgumentTypes(call.desc);
        boolean jdk = isJdk(call.owner);
        if (jdk) {
            String member = call.owner + "." + call.name;
            if (call.owner.equals("java/lang/System") && call.name.equals("arraycopy")) {
                changes(values.get(2), call, "copies into it with System.arraycopy");
            } else if (!hasReceiver && CHANGES_FIRST_ARGUMENT.contains(member) && !values.isEmpty()) {
                changes(values.get(0), call, "passes it to " + simple(call) + ", which changes it");
            } else if (hasReceiver && !IMMUTABLE.contains(call.owner) && !call.owner.startsWith("[")) {
                Taint receiver = values.get(0);
                if (MUTATORS.contains(call.name)) {
                    changes(receiver, call, "calls " + call.name + "() on it");
                } else if (receiver.direct() && CONSUMED.stream().anyMatch(call.owner::startsWith)) {
                    changes(receiver, call, "calls " + call.name + "() on it, which moves its state on");
                }
            }
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            Taint value = values.get(i);
            if (!value.tainted()) {
                continue;
            }
            Boolean sameClass = analysis.sameClassChanges(call, i);
            if (sameClass != null) {
                if (sameClass) {
                    changes(value, call, "passes it to " + call.name + "(), which changes it");
                }
                continue;
            }
            int parameter = hasReceiver ? i - 1 : i;
            if (parameter < 0) {
                changes(value, call, "calls " + simple(call) + " on it, which Memoria does not look into");
            } else if (!READ_ONLY_PARAMETERS.contains(parameters[parameter].getDescriptor())) {
                changes(value, call, "passes it to " + simple(call) + ", which Memoria does not look into");
            }
        }
    }

    private static boolean returnsCopy(MethodInsnNode call) {
        return call.owner.startsWith("[") && call.name.equals("clone")
               || call.owner.equals("java/util/Arrays") && call.name.startsWith("copyOf")
               || call.name.equals("toArray") && isJdk(call.owner);
    }

    private static boolean isJdk(String owner) {
        return owner.startsWith("java/") || owner.startsWith("javax/") || owner.startsWith("jdk/")
               || owner.startsWith("sun/") || owner.startsWith("com/sun/") || owner.startsWith("[");
    }

    private static String simple(MethodInsnNode call) {
        return call.owner.substring(call.owner.lastIndexOf('/') + 1).replace('$', '.') + "." + call.name + "()";
    }

    /** Records the first change found; {@link MutationAnalysis} reports one reason per method. */
    private void changes(Taint value, AbstractInsnNode insn, String how) {
        if (first == null && value != null && value.tainted()) {
            first = new MutationAnalysis.Mutation(Long.numberOfTrailingZeros(value.sources()), how,
                    MutationAnalysis.lineOf(insn));
        }
    }
}
