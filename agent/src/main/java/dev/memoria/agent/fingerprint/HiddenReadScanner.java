package dev.memoria.agent.fingerprint;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import static dev.memoria.agent.fingerprint.HiddenRead.Kind.CLOCK;
import static dev.memoria.agent.fingerprint.HiddenRead.Kind.ENVIRONMENT;
import static dev.memoria.agent.fingerprint.HiddenRead.Kind.FILE;
import static dev.memoria.agent.fingerprint.HiddenRead.Kind.PROPERTY;
import static dev.memoria.agent.fingerprint.HiddenRead.Kind.RANDOM;
import static dev.memoria.agent.fingerprint.HiddenRead.Kind.RESOURCE;
import static dev.memoria.agent.fingerprint.HiddenRead.Kind.STATIC_FIELD;

/**
 * Finds the hidden reads of one instruction, for {@link CallGraph} while it walks a method's code for callees: a table
 * lookup per call, and a field resolution per static read, so the fingerprint walk barely slows down.
 *
 * <p>A read of a project's static field counts when the field is not final, or is final and holds a JDK type known to
 * be mutable (a collection, a map, a string builder, an atomic); a final array does not count. Two idioms that only write are left out, since the value read does not reach the result:
 * a counter update ({@code calls++}) and a call with arguments from constants and locals whose result is dropped, on a
 * final mutable static ({@code CALLS.incrementAndGet();}, {@code LOG.add(line);}). A static initializer reading its own class's statics
 * is computing them, not reading an input.
 */
final class HiddenReadScanner {

    private static final int MAX_NAME = 200;

    /** Any descriptor of the named method. */
    private static final String ANY = "*";

    /** Owner -> method name -> (descriptor or {@link #ANY}) -> kind. Constructors are {@code <init>}. */
    private static final Map<String, Map<String, Map<String, HiddenRead.Kind>>> CALLS = Map.ofEntries(
            Map.entry("java/lang/System", Map.of(
                    "getenv", Map.of(ANY, ENVIRONMENT),
                    "getProperty", Map.of(ANY, PROPERTY),
                    "getProperties", Map.of(ANY, PROPERTY),
                    "currentTimeMillis", Map.of(ANY, CLOCK),
                    "nanoTime", Map.of(ANY, CLOCK))),
            Map.entry("java/lang/Integer", Map.of("getInteger", Map.of(ANY, PROPERTY))),
            Map.entry("java/lang/Long", Map.of("getLong", Map.of(ANY, PROPERTY))),
            Map.entry("java/lang/Boolean", Map.of("getBoolean", Map.of(ANY, PROPERTY))),
            Map.entry("java/nio/file/Files", Map.ofEntries(
                    Map.entry("readAllBytes", Map.of(ANY, FILE)),
                    Map.entry("readString", Map.of(ANY, FILE)),
                    Map.entry("readAllLines", Map.of(ANY, FILE)),
                    Map.entry("newInputStream", Map.of(ANY, FILE)),
                    Map.entry("newBufferedReader", Map.of(ANY, FILE)),
                    Map.entry("lines", Map.of(ANY, FILE)),
                    Map.entry("list", Map.of(ANY, FILE)),
                    Map.entry("walk", Map.of(ANY, FILE)),
                    Map.entry("find", Map.of(ANY, FILE)),
                    Map.entry("newDirectoryStream", Map.of(ANY, FILE)))),
            Map.entry("java/io/FileInputStream", Map.of("<init>", Map.of(ANY, FILE))),
            Map.entry("java/io/FileReader", Map.of("<init>", Map.of(ANY, FILE))),
            Map.entry("java/io/RandomAccessFile", Map.of("<init>", Map.of(ANY, FILE))),
            Map.entry("java/nio/channels/FileChannel", Map.of("open", Map.of(ANY, FILE))),
            Map.entry("java/lang/Class", Map.of(
                    "getResource", Map.of(ANY, RESOURCE),
                    "getResourceAsStream", Map.of(ANY, RESOURCE))),
            Map.entry("java/lang/ClassLoader", Map.of(
                    "getResource", Map.of(ANY, RESOURCE),
                    "getResourceAsStream", Map.of(ANY, RESOURCE),
                    "getResources", Map.of(ANY, RESOURCE),
                    "getSystemResource", Map.of(ANY, RESOURCE),
                    "getSystemResourceAsStream", Map.of(ANY, RESOURCE))),
            Map.entry("java/time/Instant", Map.of("now", Map.of(ANY, CLOCK))),
            Map.entry("java/time/LocalDate", Map.of("now", Map.of(ANY, CLOCK))),
            Map.entry("java/time/LocalDateTime", Map.of("now", Map.of(ANY, CLOCK))),
            Map.entry("java/time/LocalTime", Map.of("now", Map.of(ANY, CLOCK))),
            Map.entry("java/time/ZonedDateTime", Map.of("now", Map.of(ANY, CLOCK))),
            Map.entry("java/time/OffsetDateTime", Map.of("now", Map.of(ANY, CLOCK))),
            Map.entry("java/time/Clock", Map.of(
                    "systemUTC", Map.of(ANY, CLOCK),
                    "systemDefaultZone", Map.of(ANY, CLOCK))),
            Map.entry("java/util/Date", Map.of("<init>", Map.of("()V", CLOCK))),
            Map.entry("java/lang/Math", Map.of("random", Map.of(ANY, RANDOM))),
            Map.entry("java/lang/StrictMath", Map.of("random", Map.of(ANY, RANDOM))),
            Map.entry("java/util/Random", Map.of("<init>", Map.of("()V", RANDOM))),
            Map.entry("java/security/SecureRandom", Map.of("<init>", Map.of("()V", RANDOM))),
            Map.entry("java/util/UUID", Map.of("randomUUID", Map.of(ANY, RANDOM))),
            Map.entry("java/util/concurrent/ThreadLocalRandom", Map.of("current", Map.of(ANY, RANDOM))));

    /** Final fields of these types can change after initialization. */
    private static final Set<String> MUTABLE_TYPES = Set.of(
            "java/util/ArrayList", "java/util/LinkedList", "java/util/HashMap", "java/util/LinkedHashMap",
            "java/util/TreeMap", "java/util/HashSet", "java/util/LinkedHashSet", "java/util/TreeSet",
            "java/util/ArrayDeque", "java/util/Properties", "java/util/Hashtable", "java/util/Vector",
            "java/util/concurrent/ConcurrentHashMap", "java/util/concurrent/CopyOnWriteArrayList",
            "java/util/concurrent/ConcurrentLinkedQueue", "java/lang/StringBuilder", "java/lang/StringBuffer");
    private static final String ATOMICS = "java/util/concurrent/atomic/";

    private final ClassRepository classes;

    HiddenReadScanner(ClassRepository classes) {
        this.classes = classes;
    }

    /** Passes on the hidden read of {@code instruction} in {@code caller}, if it is one; the path is the caller. */
    void scan(MethodRef caller, AbstractInsnNode instruction, Consumer<HiddenRead> reads) {
        List<HiddenRead.Method> here = List.of(new HiddenRead.Method(caller.owner(), caller.name(),
                caller.descriptor()));
        if (instruction instanceof MethodInsnNode call) {
            HiddenRead.Kind kind = kindOf(call);
            if (kind != null) {
                String source = simpleName(call.owner) + ("<init>".equals(call.name) ? "()" : "." + call.name);
                if ("<init>".equals(call.name)) {
                    source = "new " + source;
                }
                reads.accept(new HiddenRead(kind, source, constantArgument(call), here));
            }
        } else if (instruction instanceof FieldInsnNode field && field.getOpcode() == Opcodes.GETSTATIC
                   && !isOwnInitializer(caller, field)) {
            mutableStatic(field).filter(declaring -> !onlyWritten(field, declaring))
                    .ifPresent(declaring -> reads.accept(new HiddenRead(STATIC_FIELD, "",
                            declaring.owner().replace('/', '.') + "." + field.name, here)));
        }
    }

    private static HiddenRead.Kind kindOf(MethodInsnNode call) {
        Map<String, Map<String, HiddenRead.Kind>> methods = CALLS.get(call.owner);
        Map<String, HiddenRead.Kind> descriptors = methods == null ? null : methods.get(call.name);
        if (descriptors == null) {
            return null;
        }
        HiddenRead.Kind any = descriptors.get(ANY);
        return any != null ? any : descriptors.get(call.desc);
    }

    /**
     * The string constant passed as the call's first argument when every argument is a constant, e.g.
     * {@code System.getenv("REGION")} or {@code System.getProperty("mode", "fast")}; else "".
     */
    private static String constantArgument(MethodInsnNode call) {
        AbstractInsnNode first = call;
        for (int argument = Type.getArgumentTypes(call.desc).length; argument > 0; argument--) {
            first = first.getPrevious();
            if (!(first instanceof LdcInsnNode)) {
                return "";
            }
        }
        return first instanceof LdcInsnNode constant && constant.cst instanceof String text ? printable(text) : "";
    }

    /**
     * A constant as a report may print it: one line, at most {@value #MAX_NAME} characters. Class files are input,
     * and a name with a line break could forge the next line of a log.
     */
    private static String printable(String text) {
        StringBuilder printable = new StringBuilder(Math.min(text.length(), MAX_NAME));
        text.codePoints().limit(MAX_NAME).forEach(c -> printable.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return text.codePointCount(0, text.length()) > MAX_NAME ? printable + "..." : printable.toString();
    }

    private boolean isOwnInitializer(MethodRef caller, FieldInsnNode field) {
        return "<clinit>".equals(caller.name()) && caller.owner().equals(field.owner);
    }

    /** The declaring field when it is a project static that can change after initialization. */
    private Optional<DeclaredField> mutableStatic(FieldInsnNode read) {
        return classes.resolveField(read.owner, read.name, read.desc)
                .flatMap(declaring -> declaring.field(read.name, read.desc)
                        .filter(HiddenReadScanner::isMutable)
                        .map(field -> new DeclaredField(declaring.name(), field)));
    }

    private record DeclaredField(String owner, FieldNode field) {
    }

    private static boolean isMutable(FieldNode field) {
        if ((field.access & Opcodes.ACC_SYNTHETIC) != 0) {
            return false; // $assertionsDisabled, an enum's $VALUES, a switch map: the compiler's, never changed
        }
        if ((field.access & Opcodes.ACC_FINAL) == 0) {
            return true;
        }
        // A final array is not counted: constants such as EMPTY_ARRAY and lookup tables are the common case, and
        // telling them from arrays changed at run time would take a data-flow analysis.
        Type type = Type.getType(field.desc);
        return type.getSort() == Type.OBJECT && (MUTABLE_TYPES.contains(type.getInternalName())
                                                 || type.getInternalName().startsWith(ATOMICS));
    }

    /**
     * Whether the value read only feeds a write: {@code calls++} (read, constant, add or subtract, write back), or a
     * final mutable static whose call right after (arguments aside) drops its result ({@code CALLS.incrementAndGet();}).
     */
    private static boolean onlyWritten(FieldInsnNode read, DeclaredField declaring) {
        AbstractInsnNode next = read.getNext();
        if ((declaring.field().access & Opcodes.ACC_FINAL) == 0) {
            AbstractInsnNode operation = next == null ? null : next.getNext();
            AbstractInsnNode write = operation == null ? null : operation.getNext();
            return isConstant(next) && operation != null && isAddOrSubtract(operation.getOpcode())
                   && write instanceof FieldInsnNode store && store.getOpcode() == Opcodes.PUTSTATIC
                   && store.owner.equals(read.owner) && store.name.equals(read.name);
        }
        AbstractInsnNode instruction = next;
        while (isConstant(instruction) || instruction != null && instruction.getOpcode() >= Opcodes.ILOAD
                                                               && instruction.getOpcode() <= Opcodes.ALOAD) {
            instruction = instruction.getNext(); // the call's arguments, from constants and locals only
        }
        if (!(instruction instanceof MethodInsnNode call) || call.getOpcode() == Opcodes.INVOKESTATIC) {
            return false;
        }
        AbstractInsnNode after = call.getNext();
        return Type.getReturnType(call.desc) == Type.VOID_TYPE
               || after != null && (after.getOpcode() == Opcodes.POP || after.getOpcode() == Opcodes.POP2);
    }

    private static boolean isConstant(AbstractInsnNode instruction) {
        if (instruction == null) {
            return false;
        }
        int opcode = instruction.getOpcode();
        return opcode >= Opcodes.ICONST_M1 && opcode <= Opcodes.DCONST_1 || opcode == Opcodes.BIPUSH
               || opcode == Opcodes.SIPUSH || opcode == Opcodes.LDC;
    }

    private static boolean isAddOrSubtract(int opcode) {
        return opcode >= Opcodes.IADD && opcode <= Opcodes.DSUB;
    }

    private static String simpleName(String internalName) {
        return internalName.substring(internalName.lastIndexOf('/') + 1).replace('$', '.');
    }
}
