package dev.memoria.bench.startup;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the big app's classes: {@code gen.C0000}…, each with {@code static int value(int)}; {@code gen.All}, whose
 * {@code touch()} calls every one of them (so all are loaded and initialized); and {@code gen.Cached}, whose
 * {@code @CacheData cached(int)} calls the first {@value #CALLED_BY_CACHED} only. Generated at run time, so the build
 * compiles none of them.
 */
final class GeneratedClasses {

    static final int CALLED_BY_CACHED = 10;

    private GeneratedClasses() {
    }

    static void write(Path root, int count) throws IOException {
        Path folder = root.resolve("gen");
        Files.createDirectories(folder);
        for (int i = 0; i < count; i++) {
            Files.write(folder.resolve(name(i) + ".class"), leaf(i));
        }
        Files.write(folder.resolve("All.class"), caller("All", "touch", count, false));
        Files.write(folder.resolve("Cached.class"), caller("Cached", "cached", CALLED_BY_CACHED, true));
    }

    private static String name(int i) {
        return String.format("C%04d", i);
    }

    private static byte[] leaf(int i) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL, "gen/" + name(i), null,
                     "java/lang/Object", null);
        MethodVisitor value = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "value", "(I)I", null, null);
        value.visitCode();
        value.visitVarInsn(Opcodes.ILOAD, 0);
        value.visitLdcInsn(i);
        value.visitInsn(Opcodes.IADD);
        value.visitInsn(Opcodes.IRETURN);
        value.visitMaxs(0, 0);
        value.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }

    /** A class whose one static method {@code (I)I} sums {@code value(x)} of the first {@code callees} leaves. */
    private static byte[] caller(String className, String method, int callees, boolean cached) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL, "gen/" + className, null,
                     "java/lang/Object", null);
        MethodVisitor body = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, method, "(I)I", null, null);
        if (cached) {
            body.visitAnnotation("Ldev/memoria/CacheData;", true).visitEnd();
        }
        body.visitCode();
        body.visitInsn(Opcodes.ICONST_0);
        for (int i = 0; i < callees; i++) {
            body.visitVarInsn(Opcodes.ILOAD, 0);
            body.visitMethodInsn(Opcodes.INVOKESTATIC, "gen/" + name(i), "value", "(I)I", false);
            body.visitInsn(Opcodes.IADD);
        }
        body.visitInsn(Opcodes.IRETURN);
        body.visitMaxs(0, 0);
        body.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }
}
