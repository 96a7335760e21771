package dev.memoria.bench.startup;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the big app's classes: {@code gen.C00000}…, each with {@code static int value(int)}; {@code gen.All}, whose
 * {@code touch(int)} calls every one of them through {@code gen.Part0}… ({@value #PER_PART} each, so no method outgrows
 * the JVM's 64 KiB limit), so all are loaded and initialized; and {@code gen.Cached}, whose {@code @CacheData
 * cached(int)} calls the first {@value #CALLED_BY_CACHED} only. Generated at run time, so the build compiles none of
 * them.
 */
final class GeneratedClasses {

    static final int CALLED_BY_CACHED = 10;
    /** The one class that holds a cached method. */
    static final String CACHED = "gen/Cached";
    private static final int PER_PART = 1_000;

    private GeneratedClasses() {
    }

    static void write(Path root, int count) throws IOException {
        Files.createDirectories(root.resolve("gen"));
        for (Map.Entry<String, byte[]> generated : generate(count).entrySet()) {
            Files.write(root.resolve(generated.getKey() + ".class"), generated.getValue());
        }
    }

    /** The app's class files by internal name ({@code gen/C00000}), leaves first, {@link #CACHED} last. */
    static Map<String, byte[]> generate(int count) {
        Map<String, byte[]> classes = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            classes.put("gen/" + name(i), leaf(i));
        }
        List<String> parts = new ArrayList<>();
        for (int first = 0; first < count; first += PER_PART) {
            String part = "Part" + parts.size();
            parts.add("gen/" + part);
            classes.put("gen/" + part, caller(part, "touch", leaves(first, count), false));
        }
        classes.put("gen/All", caller("All", "touch", parts, false));
        classes.put(CACHED, caller("Cached", "cached", leaves(0, CALLED_BY_CACHED), true));
        return classes;
    }

    /** The internal names of the leaves from {@code first}, at most {@value #PER_PART} and none past {@code count}. */
    private static List<String> leaves(int first, int count) {
        List<String> leaves = new ArrayList<>();
        for (int i = first; i < Math.min(count, first + PER_PART); i++) {
            leaves.add("gen/" + name(i));
        }
        return leaves;
    }

    /** Starts public final class {@code gen.<className>} and its one method {@code public static int <method>(int)}. */
    private static MethodVisitor staticIntMethod(ClassWriter writer, String className, String method) {
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL, "gen/" + className, null,
                     "java/lang/Object", null);
        return writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, method, "(I)I", null, null);
    }

    private static String name(int i) {
        return String.format("C%05d", i);
    }

    private static byte[] leaf(int i) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        MethodVisitor value = staticIntMethod(writer, name(i), "value");
        value.visitCode();
        value.visitVarInsn(Opcodes.ILOAD, 0);
        value.visitLdcInsn(i);
        value.visitInsn(Opcodes.IADD);
        return returnInt(writer, value);
    }

    /** A class whose one static method {@code (I)I} sums {@code <callee>(x)} of each callee: leaves or parts. */
    private static byte[] caller(String className, String method, List<String> callees, boolean cached) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        MethodVisitor body = staticIntMethod(writer, className, method);
        if (cached) {
            body.visitAnnotation("Ldev/memoria/CacheData;", true).visitEnd();
        }
        body.visitCode();
        body.visitInsn(Opcodes.ICONST_0);
        for (String callee : callees) {
            body.visitVarInsn(Opcodes.ILOAD, 0);
            body.visitMethodInsn(Opcodes.INVOKESTATIC, callee, callee.contains("/Part") ? "touch" : "value", "(I)I",
                    false);
            body.visitInsn(Opcodes.IADD);
        }
        return returnInt(writer, body);
    }

    /** Ends the method by returning the {@code int} on the stack, ends the class and returns its bytes. */
    private static byte[] returnInt(ClassWriter writer, MethodVisitor method) {
        method.visitInsn(Opcodes.IRETURN);
        method.visitMaxs(0, 0);
        method.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }
}
