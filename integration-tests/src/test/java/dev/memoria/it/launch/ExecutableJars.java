package dev.memoria.it.launch;

import dev.memoria.CacheData;
import dev.memoria.it.apps.GreetingApp;
import dev.memoria.it.support.TestEnvironment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * {@link GreetingApp} packaged as the two executable jars of the README's "Executable jars (java -jar)", laid out and
 * with the manifest attributes its Maven snippets produce (Maven adds only the informational {@code Created-By},
 * {@code Build-Jdk-Spec} and {@code Java-Version}).
 */
final class ExecutableJars {

    private static final String APP_CLASSES = GreetingApp.class.getPackageName().replace('.', '/');
    private static final String LAUNCHER_AGENT_CLASS = "Launcher-Agent-Class";
    private static final String AGENT = "dev.memoria.agent.MemoriaAgent";

    private ExecutableJars() {
    }

    /**
     * The thin jar of maven-jar-plugin: the app's classes only, with {@code lib/}, where maven-dependency-plugin
     * copied the dependencies without their versions, beside it.
     */
    static Path thin(Path directory) {
        try {
            Path lib = Files.createDirectories(directory.resolve("lib"));
            Files.copy(TestEnvironment.agentJar(), lib.resolve("memoria-agent-all.jar"));
            writeAsJar(TestEnvironment.locationOf(CacheData.class), lib.resolve("memoria-runtime.jar"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Manifest manifest = manifest();
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH,
                "lib/memoria-agent-all.jar lib/memoria-runtime.jar");
        Path jar = directory.resolve("app.jar");
        try (JarWriter writer = JarWriter.create(jar, manifest)) {
            writer.addFiles(appClassesRoot(), APP_CLASSES);
        }
        return jar;
    }

    /**
     * The uber jar of maven-shade-plugin: the app's classes and every entry of memoria-agent:all but its manifest;
     * memoria-runtime is left out, as the agent jar holds the same classes.
     */
    static Path uber(Path directory) {
        Manifest manifest = manifest();
        manifest.getMainAttributes().put(Attributes.Name.MULTI_RELEASE, "true");
        Path jar = directory.resolve("app.jar");
        try (JarWriter writer = JarWriter.create(jar, manifest)) {
            writer.addFiles(appClassesRoot(), APP_CLASSES)
                    .addEntries(TestEnvironment.agentJar(), name -> !name.equals(JarFile.MANIFEST_NAME));
        }
        return jar;
    }

    private static Manifest manifest() {
        Manifest manifest = new Manifest();
        Attributes attributes = manifest.getMainAttributes();
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.put(Attributes.Name.MAIN_CLASS, GreetingApp.class.getName());
        attributes.putValue(LAUNCHER_AGENT_CLASS, AGENT);
        return manifest;
    }

    private static Path appClassesRoot() {
        return TestEnvironment.locationOf(GreetingApp.class);
    }

    /** Copies a jar; a directory of classes (the runtime's, when run from an IDE) becomes one. */
    private static void writeAsJar(Path classes, Path jar) throws IOException {
        if (Files.isRegularFile(classes)) {
            Files.copy(classes, jar);
            return;
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (JarWriter writer = JarWriter.create(jar, manifest)) {
            writer.addFiles(classes, "");
        }
    }
}
