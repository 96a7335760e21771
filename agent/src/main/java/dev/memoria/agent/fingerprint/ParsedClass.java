package dev.memoria.agent.fingerprint;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A class file parsed for fingerprinting, with its members indexed by name and descriptor. Debug attributes and stack
 * map frames are skipped while parsing: they never enter a fingerprint.
 */
final class ParsedClass {

    private final ClassNode node;
    private final Map<String, MethodNode> methods = new LinkedHashMap<>();
    private final boolean localOrAnonymous;

    private ParsedClass(ClassNode node) {
        this.node = node;
        node.methods.forEach(method -> methods.put(method.name + method.desc, method));
        // A local or anonymous class's own InnerClasses entry names no outer class, unlike a member class's.
        this.localOrAnonymous = node.innerClasses.stream()
                .anyMatch(inner -> inner.name.equals(node.name) && inner.outerName == null);
    }

    /** Parses a class file, or returns empty when it is truncated, malformed or newer than this ASM version reads. */
    static Optional<ParsedClass> parse(byte[] classFile) {
        try {
            ClassNode node = new ClassNode();
            new ClassReader(classFile).accept(node, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            return Optional.of(new ParsedClass(node));
        } catch (RuntimeException unreadable) {
            // ASM reports bad input with unchecked exceptions of several types; all mean "cannot read this class".
            return Optional.empty();
        }
    }

    String name() {
        return node.name;
    }

    /** The superclass, or {@code null} for {@code java/lang/Object} and modules. */
    String superName() {
        return node.superName;
    }

    List<String> interfaces() {
        return node.interfaces;
    }

    int access() {
        return node.access;
    }

    Iterable<MethodNode> methods() {
        return methods.values();
    }

    List<FieldNode> fields() {
        return node.fields;
    }

    /** The method declared with this {@link MethodRef#key() key}, e.g. {@code compute(I)I}. */
    Optional<MethodNode> method(String key) {
        return Optional.ofNullable(methods.get(key));
    }

    Optional<FieldNode> field(String name, String descriptor) {
        return node.fields.stream()
                .filter(field -> field.name.equals(name) && field.desc.equals(descriptor))
                .findFirst();
    }

    /** Whether javac named this class by number: an anonymous ({@code Outer$1}) or local ({@code Outer$1Local}) class. */
    boolean isLocalOrAnonymous() {
        return localOrAnonymous;
    }

    /**
     * The position of a synthetic field among this class's synthetic fields, in declaration order. A local class's
     * captured variables are synthetic fields named after the captured local ({@code val$count}), and renaming a
     * local must not change a fingerprint.
     */
    OptionalInt syntheticFieldPosition(String name, String descriptor) {
        int position = 0;
        for (FieldNode field : node.fields) {
            if ((field.access & Opcodes.ACC_SYNTHETIC) != 0) {
                if (field.name.equals(name) && field.desc.equals(descriptor)) {
                    return OptionalInt.of(position);
                }
                position++;
            }
        }
        return OptionalInt.empty();
    }
}
