package dev.memoria.internal.attach;

import dev.memoria.internal.report.Messages;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.jar.JarFile;

/** Finds {@code memoria-agent.jar} for {@code Memoria.install()}, in the order its Javadoc promises. */
final class AgentJar {

    static final String AGENT_CLASS = "dev.memoria.agent.MemoriaAgent";
    static final String PROPERTY = "memoria.agent.jar";
    static final String ENVIRONMENT = "MEMORIA_AGENT_JAR";

    private AgentJar() {
    }

    /** @throws IllegalStateException listing where it looked and how to point at the jar */
    static Path locate() {
        List<Path> looked = new ArrayList<>();
        Optional<Path> configured = configured();
        if (configured.isPresent()) {
            if (isAgentJar(configured.get())) {
                return configured.get();
            }
            throw new IllegalStateException(Messages.notAnAgentJar(PROPERTY + " / " + ENVIRONMENT,
                    configured.get().toString(), AGENT_CLASS));
        }
        for (Path candidate : candidates()) {
            looked.add(candidate);
            if (isAgentJar(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(Messages.agentJarNotFound(looked.isEmpty() ? "nothing" : looked.toString(),
                PROPERTY, ENVIRONMENT));
    }

    private static Optional<Path> configured() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            value = System.getenv(ENVIRONMENT);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value.trim()));
    }

    private static List<Path> candidates() {
        List<Path> candidates = new ArrayList<>();
        ownJar().ifPresent(candidates::add);
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                candidates.add(Path.of(entry));
            }
        }
        mavenRepositoryJar().ifPresent(candidates::add);
        return candidates;
    }

    /** The jar these classes came from: it is the agent jar when the application depends on memoria-agent:all. */
    private static Optional<Path> ownJar() {
        CodeSource source = AgentJar.class.getProtectionDomain().getCodeSource();
        try {
            return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> mavenRepositoryJar() {
        String version = version();
        String repository = System.getProperty("maven.repo.local",
                System.getProperty("user.home") + File.separator + ".m2" + File.separator + "repository");
        return Optional.of(Path.of(repository, "dev", "memoria", "memoria-agent", version,
                "memoria-agent-" + version + "-all.jar"));
    }

    private static String version() {
        Properties properties = new Properties();
        try (InputStream in = AgentJar.class.getResourceAsStream("/dev/memoria/internal/memoria.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }

    private static boolean isAgentJar(Path path) {
        if (!Files.isRegularFile(path)) {
            return false;
        }
        try (JarFile jar = new JarFile(path.toFile())) {
            return jar.getManifest() != null
                   && AGENT_CLASS.equals(jar.getManifest().getMainAttributes().getValue("Agent-Class"));
        } catch (IOException e) {
            return false;
        }
    }
}
