package dev.memoria.agent.fingerprint;

import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * Hashes project code by content. The local hash of a method is its {@linkplain MethodNormalizer normalized} code,
 * where every name javac numbers is replaced by the content it names:
 * <ul>
 *   <li>a synthetic method (lambda body, accessor) by the hash of its body, so adding a lambda to an earlier method,
 *       which renames {@code lambda$compute$0} to {@code lambda$compute$1}, changes nothing, while editing the lambda
 *       changes its hash;</li>
 *   <li>a local or anonymous class ({@code Outer$1}, {@code Outer$1Local}) by the hash of its members;</li>
 *   <li>a captured-variable field of such a class ({@code val$count}) by its position;</li>
 *   <li>something already being hashed by its depth in the {@link Expansion}.</li>
 * </ul>
 * Results are memoized per method or class and expansion.
 */
final class ContentHasher {

    // Placeholders start with '.', which no internal name contains, so they can never equal a real name.
    private static final String EXPANDING = ".expanding:";
    private static final String SYNTHETIC = ".synthetic:";
    private static final String LOCAL_CLASS = ".local-class:";
    private static final String CAPTURED = ".captured:";

    private final ClassRepository classes;
    private final Map<Memo, byte[]> methodHashes = new HashMap<>();
    private final Map<Memo, byte[]> classHashes = new HashMap<>();

    ContentHasher(ClassRepository classes) {
        this.classes = classes;
    }

    /** The hash of a project method's own code: what it calls enters by name, not by code. */
    byte[] localHash(MethodRef method) {
        return methodHash(method, Expansion.NONE);
    }

    /**
     * The hash of a project method's code alone, for the manifest that names what changed: unlike
     * {@link #localHash}, a lambda or local class it uses enters as a bare placeholder, not by content, so an edit
     * inside a lambda changes the lambda's own hash only, and the manifest names the lambda rather than its caller.
     */
    byte[] ownHash(MethodRef method) {
        HashBuilder hash = new HashBuilder();
        MethodNormalizer.write(method.owner(), classes.method(method).orElseThrow(), new OwnSymbols(), hash);
        return hash.finish();
    }

    private byte[] methodHash(MethodRef method, Expansion outer) {
        // A synthetic method is its own innermost frame, so that its generated name in its own header is a depth too.
        Expansion expansion = classes.isSynthetic(method) ? outer.enter(method.toString()) : outer;
        return memoized(methodHashes, new Memo(method.toString(), expansion), () -> {
            HashBuilder hash = new HashBuilder();
            MethodNode node = classes.method(method).orElseThrow();
            MethodNormalizer.write(method.owner(), node, new ExpandingSymbols(expansion), hash);
            return hash.finish();
        });
    }

    /** Header and members; the members are sorted because their order in the class file is only source order. */
    private byte[] localClassHash(ParsedClass localClass, Expansion expansion) {
        return memoized(classHashes, new Memo(localClass.name(), expansion), () -> {
            Symbols symbols = new ExpandingSymbols(expansion);
            HashBuilder hash = new HashBuilder()
                    .putInt(localClass.access() & ~MethodNormalizer.UNSTABLE_ACCESS_FLAGS)
                    .putString(symbols.className(localClass.superName()))
                    .putInt(localClass.interfaces().size());
            localClass.interfaces().forEach(type -> hash.putString(symbols.className(type)));
            List<byte[]> fields = new ArrayList<>();
            localClass.fields().forEach(field -> fields.add(fieldHash(localClass.name(), field, symbols)));
            List<byte[]> methods = new ArrayList<>();
            localClass.methods().forEach(method ->
                    methods.add(methodHash(new MethodRef(localClass.name(), method.name, method.desc), expansion)));
            putSorted(fields, hash);
            putSorted(methods, hash);
            return hash.finish();
        });
    }

    private static byte[] fieldHash(String owner, FieldNode field, Symbols symbols) {
        HashBuilder hash = new HashBuilder()
                .putInt(field.access & ~MethodNormalizer.UNSTABLE_ACCESS_FLAGS)
                .putString(symbols.fieldName(owner, field.name, field.desc))
                .putString(symbols.descriptor(field.desc));
        if (field.value == null) {
            hash.putInt(0);
        } else {
            hash.putInt(1);
            ConstantNormalizer.write(field.value, symbols, hash);
        }
        return hash.finish();
    }

    private static void putSorted(List<byte[]> hashes, HashBuilder out) {
        hashes.sort(Arrays::compareUnsigned);
        out.putInt(hashes.size());
        hashes.forEach(out::putBytes);
    }

    private static byte[] memoized(Map<Memo, byte[]> memo, Memo key, Supplier<byte[]> hash) {
        // Not computeIfAbsent: hashing recurses into the same map, which HashMap forbids inside a compute call.
        byte[] known = memo.get(key);
        if (known == null) {
            known = hash.get();
            memo.put(key, known);
        }
        return known;
    }

    private record Memo(String subject, Expansion expansion) {
    }

    /** Symbols that expand generated names into content hashes, within one expansion. */
    private final class ExpandingSymbols implements Symbols {

        private final Expansion expansion;

        ExpandingSymbols(Expansion expansion) {
            this.expansion = expansion;
        }

        @Override
        public String className(String internalName) {
            int depth = expansion.depthOf(internalName);
            if (depth >= 0) {
                return EXPANDING + depth;
            }
            if (!classes.isLocalOrAnonymous(internalName)) {
                return internalName;
            }
            ParsedClass localClass = classes.find(internalName).orElseThrow();
            return LOCAL_CLASS + HashBuilder.hex(localClassHash(localClass, expansion.enter(internalName)));
        }

        @Override
        public String methodName(String owner, String name, String descriptor) {
            MethodRef method = new MethodRef(owner, name, descriptor);
            int depth = expansion.depthOf(method.toString());
            if (depth >= 0) {
                return EXPANDING + depth;
            }
            return classes.isSynthetic(method) ? SYNTHETIC + HashBuilder.hex(methodHash(method, expansion)) : name;
        }

        @Override
        public String fieldName(String owner, String name, String descriptor) {
            return stableFieldName(owner, name, descriptor);
        }
    }

    /** A captured variable by its position, so that renaming the captured local changes nothing. */
    private String stableFieldName(String owner, String name, String descriptor) {
        if (!classes.isLocalOrAnonymous(owner)) {
            return name;
        }
        OptionalInt position = classes.find(owner).orElseThrow().syntheticFieldPosition(name, descriptor);
        return position.isPresent() ? CAPTURED + position.getAsInt() : name;
    }

    /** Symbols that leave generated names out without expanding them: what {@link #ownHash} writes. */
    private final class OwnSymbols implements Symbols {

        @Override
        public String className(String internalName) {
            return classes.isLocalOrAnonymous(internalName) ? LOCAL_CLASS : internalName;
        }

        @Override
        public String methodName(String owner, String name, String descriptor) {
            return classes.isSynthetic(new MethodRef(owner, name, descriptor)) ? SYNTHETIC : name;
        }

        @Override
        public String fieldName(String owner, String name, String descriptor) {
            return stableFieldName(owner, name, descriptor);
        }
    }
}
