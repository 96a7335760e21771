package dev.memoria.agent.transform;

import dev.memoria.CacheData;
import dev.memoria.CacheResource;
import dev.memoria.Unhashed;
import dev.memoria.agent.report.Messages;
import dev.memoria.agent.rules.CacheRule;
import dev.memoria.agent.rules.ClassRules;
import dev.memoria.agent.rules.Rules;
import dev.memoria.internal.policy.CacheSpec;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.TypePath;
import org.objectweb.asm.TypeReference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a class file's cached methods (annotated, or matched by a rule) and its member list, with ASM and without
 * loading any class.
 */
final class ClassScanner extends ClassVisitor {

    private static final String CACHE_DATA = Type.getDescriptor(CacheData.class);
    private static final String CACHE_RESOURCE = Type.getDescriptor(CacheResource.class);
    private static final String UNHASHED = Type.getDescriptor(Unhashed.class);

    private final List<CachedMethod> cached = new ArrayList<>();
    private final List<Member> members = new ArrayList<>();
    private final List<Skipped> skipped = new ArrayList<>();
    private final byte[] classFile;
    private final Rules rules;
    private ClassRules classRules;
    /** Which methods change what they are given; computed when a wildcard rule first needs it. */
    private Map<String, MutationAnalysis.Mutation> mutations;
    private String internalName;
    private int version;

    private ClassScanner(byte[] classFile, Rules rules) {
        super(Opcodes.ASM9);
        this.classFile = classFile;
        this.rules = rules;
    }

    /** A method declared by the scanned class. */
    record Member(int access, String name, String descriptor) {
        boolean isStatic() {
            return (access & Opcodes.ACC_STATIC) != 0;
        }
    }

    /** What a class file declares, as far as caching is concerned. */
    record Scanned(String internalName, int version, List<CachedMethod> cached, List<Member> members,
                   List<Skipped> skipped) {
    }

    /** A method a wildcard rule's pattern matches but that the rule leaves out, and why. */
    record Skipped(String name, String descriptor, CacheRule rule, String reason) {
    }

    static Scanned scan(byte[] classFile, Rules rules) {
        ClassScanner scanner = new ClassScanner(classFile, rules);
        new ClassReader(classFile).accept(scanner, ClassReader.SKIP_FRAMES);
        return new Scanned(scanner.internalName, scanner.version, List.copyOf(scanner.cached),
                List.copyOf(scanner.members), List.copyOf(scanner.skipped));
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName,
                      String[] interfaces) {
        this.version = version & 0xFFFF;
        this.internalName = name;
        this.classRules = rules.forClass(name);
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                     String[] exceptions) {
        members.add(new Member(access, name, descriptor));
        if ((access & (Opcodes.ACC_BRIDGE | Opcodes.ACC_SYNTHETIC)) != 0) {
            return null; // javac copies annotations onto bridges; caching the bridge too would cache twice
        }
        return new MethodScanner(access, name, descriptor);
    }

    /** Collects one method's cache annotation, parameter names, {@code @Unhashed} marks and matching rules. */
    private final class MethodScanner extends MethodVisitor {

        private final int access;
        private final String name;
        private final String descriptor;
        private final Type[] parameters;
        private final List<CacheSpec.Kind> kinds = new ArrayList<>();
        private final Map<String, Object> attributes = new HashMap<>();
        private final List<String> declaredNames = new ArrayList<>();
        private final String[] localNames;
        private final boolean[] unhashed;
        private boolean receiverUnhashed;

        MethodScanner(int access, String name, String descriptor) {
            super(Opcodes.ASM9);
            this.access = access;
            this.name = name;
            this.descriptor = descriptor;
            this.parameters = Type.getArgumentTypes(descriptor);
            this.localNames = new String[parameters.length];
            this.unhashed = new boolean[parameters.length];
        }

        @Override
        public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
            if (annotation.equals(CACHE_DATA) || annotation.equals(CACHE_RESOURCE)) {
                kinds.add(annotation.equals(CACHE_DATA) ? CacheSpec.Kind.DATA : CacheSpec.Kind.RESOURCE);
                return new AttributeCollector(attributes);
            }
            return null;
        }

        @Override
        public void visitParameter(String parameterName, int parameterAccess) {
            declaredNames.add(parameterName);
        }

        @Override
        public AnnotationVisitor visitParameterAnnotation(int parameter, String annotation, boolean visible) {
            if (annotation.equals(UNHASHED) && parameter < unhashed.length) {
                unhashed[parameter] = true;
            }
            return null;
        }

        @Override
        public AnnotationVisitor visitTypeAnnotation(int typeRef, TypePath typePath, String annotation,
                                                     boolean visible) {
            if (annotation.equals(UNHASHED) && new TypeReference(typeRef).getSort() == TypeReference.METHOD_RECEIVER) {
                receiverUnhashed = true;
            }
            return null;
        }

        @Override
        public void visitLocalVariable(String localName, String localDescriptor, String signature, Label start,
                                       Label end, int index) {
            int slot = (access & Opcodes.ACC_STATIC) != 0 ? 0 : 1;
            for (int i = 0; i < parameters.length; i++) {
                if (slot == index && localNames[i] == null) {
                    localNames[i] = localName;
                }
                slot += parameters[i].getSize();
            }
        }

        @Override
        public void visitEnd() {
            List<CacheRule> matched = new ArrayList<>();
            for (CacheRule rule : classRules.forMethod(access, name, descriptor)) {
                String reason = rule.namesExactly() ? null : reasonToLeaveOut();
                if (reason == null) {
                    matched.add(rule);
                } else {
                    skipped.add(new Skipped(name, descriptor, rule, reason));
                }
            }
            if (!kinds.isEmpty() || !matched.isEmpty()) {
                cached.add(new CachedMethod(access, name, descriptor, kinds, attributes, parameterNames(),
                        declaredNames.size() == parameters.length, unhashed, receiverUnhashed, matched));
            }
        }

        /**
         * Why a wildcard rule leaves this method out, or {@code null}: a hit skips the body, so a method whose work
         * is a change (it returns nothing, or changes an argument) would silently stop doing it.
         */
        private String reasonToLeaveOut() {
            if (descriptor.endsWith(")V")) {
                return Messages.returnsNothing();
            }
            if (mutations == null) {
                mutations = MutationAnalysis.of(classFile);
            }
            MutationAnalysis.Mutation mutation = mutations.get(name + descriptor);
            if (mutation == null) {
                return null;
            }
            if (mutation.position() == MutationAnalysis.UNKNOWN) {
                return Messages.mutationNotFollowed(mutation.how());
            }
            String what = MutationAnalysis.nameOf(mutation.position(), (access & Opcodes.ACC_STATIC) != 0,
                    parameterNames());
            return Messages.mutatesArgument(what, mutation.how(), mutation.line());
        }

        /** Names from -parameters, else from the local variable table (-g), else arg0, arg1, ... */
        private List<String> parameterNames() {
            List<String> names = new ArrayList<>(parameters.length);
            for (int i = 0; i < parameters.length; i++) {
                String declared = declaredNames.size() == parameters.length ? declaredNames.get(i) : null;
                names.add(declared != null ? declared : localNames[i] != null ? localNames[i] : "arg" + i);
            }
            return names;
        }
    }

    /** Collects annotation attributes: values, enum constant names, and arrays as lists. */
    private static final class AttributeCollector extends AnnotationVisitor {

        private final Map<String, Object> attributes;

        AttributeCollector(Map<String, Object> attributes) {
            super(Opcodes.ASM9);
            this.attributes = attributes;
        }

        @Override
        public void visit(String name, Object value) {
            attributes.put(name, value);
        }

        @Override
        public void visitEnum(String name, String descriptor, String value) {
            attributes.put(name, value);
        }

        @Override
        public AnnotationVisitor visitArray(String name) {
            List<Object> values = new ArrayList<>();
            attributes.put(name, values);
            return new AnnotationVisitor(Opcodes.ASM9) {
                @Override
                public void visit(String ignored, Object value) {
                    // a Class[] attribute's entries arrive as ASM types; the attribute table takes class names
                    values.add(value instanceof Type type ? type.getClassName() : value);
                }
            };
        }
    }
}
