package dev.memoria.agent.fingerprint;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.util.TraceClassVisitor;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/** A directory of compiled fixture classes, fingerprinted as a build would: all of it is project code. */
record CompiledFixture(Path root) {

    byte[] classFile(String internalName) {
        try {
            return Files.readAllBytes(root.resolve(internalName + ".class"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ClassSource source() {
        return ClassSource.forClassPath(List.of(root));
    }

    /** The fingerprint of one method, from a fresh fingerprinter. */
    String fingerprint(String internalName, String methodKey) {
        return fingerprints(internalName, List.of(methodKey)).get(methodKey);
    }

    /** The manifest of one method, from a fresh fingerprinter. */
    dev.memoria.internal.site.Manifest manifest(String internalName, String methodKey) {
        Fingerprinter fingerprinter = new Fingerprinter(source());
        fingerprinter.fingerprints(classFile(internalName), List.of(methodKey));
        return fingerprinter.manifest(internalName, methodKey);
    }

    Map<String, String> fingerprints(String internalName, List<String> methodKeys) {
        return new Fingerprinter(source()).fingerprints(classFile(internalName), methodKeys);
    }

    /** The keys (name and descriptor) of the methods a class declares, in class-file order. */
    List<String> methodKeys(String internalName) {
        ClassNode node = new ClassNode();
        new ClassReader(classFile(internalName)).accept(node, 0);
        return node.methods.stream().map(method -> method.name + method.desc).toList();
    }

    /** The class as ASM's Textifier prints it: its content, with no constant-pool indices. */
    String text(String internalName) {
        StringWriter text = new StringWriter();
        new ClassReader(classFile(internalName)).accept(new TraceClassVisitor(new PrintWriter(text)), 0);
        return text.toString();
    }

    /** Overwrites a class file, e.g. to put a rewritten or corrupted copy in place. */
    void replace(String internalName, byte[] classFile) {
        try {
            Files.write(root.resolve(internalName + ".class"), classFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Packs some of the classes into a jar, as a library or application is shipped. */
    Path jar(Path jar, String... internalNames) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (String internalName : internalNames) {
                out.putNextEntry(new JarEntry(internalName + ".class"));
                out.write(classFile(internalName));
                out.closeEntry();
            }
        }
        return jar;
    }
}
