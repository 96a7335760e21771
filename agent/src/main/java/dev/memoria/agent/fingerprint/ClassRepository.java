package dev.memoria.agent.fingerprint;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.MethodNode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The project classes one fingerprinter reads, each parsed once. Every other class (library, JDK, missing or
 * unreadable) is unknown here, and the walk ends at it. The source must not throw: see {@link FailSafeClassSource}.
 */
final class ClassRepository {

    private final ClassSource source;
    private final Map<String, Optional<ParsedClass>> classes = new HashMap<>();

    ClassRepository(ClassSource source) {
        this.source = source;
    }

    /**
     * Registers the original bytes of a class whose methods are fingerprinted. They take the place of the source's
     * copy, which an earlier agent may have changed, unless this repository has already read that class.
     *
     * @throws IllegalArgumentException when the bytes are not a readable class file
     */
    ParsedClass addOriginal(byte[] classFile) {
        ParsedClass original = ParsedClass.parse(classFile)
                .orElseThrow(() -> new IllegalArgumentException("not a class file this ASM version can read"));
        return classes.merge(original.name(), Optional.of(original),
                (known, added) -> known.isPresent() ? known : added).orElseThrow();
    }

    /** The parsed project class, or empty when the class is not known project code. */
    Optional<ParsedClass> find(String internalName) {
        Optional<ParsedClass> known = classes.get(internalName);
        if (known == null) {
            known = read(internalName);
            classes.put(internalName, known);
        }
        return known;
    }

    Optional<MethodNode> method(MethodRef method) {
        return find(method.owner()).flatMap(owner -> owner.method(method.key()));
    }

    /**
     * A method the compiler generated, such as a lambda body or an accessor, whose name may be a number; bridges are
     * not counted, as they keep the name of the method they bridge to.
     */
    boolean isSynthetic(MethodRef method) {
        return method(method)
                .filter(node -> (node.access & Opcodes.ACC_SYNTHETIC) != 0 && (node.access & Opcodes.ACC_BRIDGE) == 0)
                .isPresent();
    }

    boolean isLocalOrAnonymous(String internalName) {
        // Every javac-numbered class is nested, hence has a '$': this spares reading other classes.
        return internalName.indexOf('$') >= 0 && find(internalName).filter(ParsedClass::isLocalOrAnonymous).isPresent();
    }

    /** The project method that a call of {@code owner.name descriptor} resolves to, up the hierarchy as in the JVM. */
    Optional<MethodRef> resolveMethod(String owner, String name, String descriptor) {
        String key = name + descriptor;
        return resolve(owner, declaring -> declaring.method(key).isPresent())
                .map(declaring -> new MethodRef(declaring.name(), name, descriptor));
    }

    /** The project class declaring the field that {@code owner.name} resolves to. */
    Optional<ParsedClass> resolveField(String owner, String name, String descriptor) {
        return resolve(owner, declaring -> declaring.field(name, descriptor).isPresent());
    }

    /**
     * Searches the superclass chain first, then the superinterfaces breadth-first (JVMS 5.4.3.3), within project
     * code. javac rejects the ambiguous field references for which the JVM's field order would differ.
     */
    private Optional<ParsedClass> resolve(String owner, Predicate<ParsedClass> declares) {
        List<ParsedClass> superclasses = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name = owner; name != null && seen.add(name); ) {
            Optional<ParsedClass> found = find(name);
            if (found.isEmpty()) {
                break;
            }
            if (declares.test(found.get())) {
                return found;
            }
            superclasses.add(found.get());
            name = found.get().superName();
        }
        Queue<String> interfaces = new ArrayDeque<>();
        superclasses.forEach(superclass -> interfaces.addAll(superclass.interfaces()));
        while (!interfaces.isEmpty()) {
            String name = interfaces.remove();
            if (seen.add(name)) {
                Optional<ParsedClass> found = find(name);
                if (found.isPresent()) {
                    if (declares.test(found.get())) {
                        return found;
                    }
                    interfaces.addAll(found.get().interfaces());
                }
            }
        }
        return Optional.empty();
    }

    private Optional<ParsedClass> read(String internalName) {
        if (internalName.startsWith("[") || !source.isProject(internalName)) {
            return Optional.empty(); // array types own clone() and length, and have no class file
        }
        byte[] classFile = source.classFile(internalName);
        return classFile == null
                ? Optional.empty()
                : ParsedClass.parse(classFile).filter(parsed -> parsed.name().equals(internalName));
    }
}
