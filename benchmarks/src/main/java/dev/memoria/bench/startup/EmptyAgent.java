package dev.memoria.bench.startup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * An agent that does nothing: the start-up part's baseline. A JVM with any {@code -javaagent} opens the agent's jar
 * and loads {@code java.instrument}; what the Memoria agent adds is measured against that, not against a JVM without
 * agents. With the option {@code transformer} it registers a transformer that returns at once: the floor of any agent
 * that looks at the classes the JVM loads, which pays the JVM's copy of each class file and its call into Java.
 */
public final class EmptyAgent {

    private EmptyAgent() {
    }

    public static void premain(String options, Instrumentation instrumentation) {
        if ("transformer".equals(options)) {
            instrumentation.addTransformer(new Unchanged());
        }
    }

    /** Leaves every class as it is. */
    private static final class Unchanged implements ClassFileTransformer {
    }

    /** Writes a jar whose manifest names this class as its {@code Premain-Class}, with the class in it. */
    static Path writeJar(Path file) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Premain-Class", EmptyAgent.class.getName());
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file);
             JarOutputStream jar = new JarOutputStream(out, manifest)) {
            for (Class<?> type : new Class<?>[] {EmptyAgent.class, Unchanged.class}) {
                String entry = type.getName().replace('.', '/') + ".class";
                try (InputStream classFile = type.getResourceAsStream("/" + entry)) {
                    jar.putNextEntry(new JarEntry(entry));
                    classFile.transferTo(jar);
                    jar.closeEntry();
                }
            }
        }
        return file;
    }
}
