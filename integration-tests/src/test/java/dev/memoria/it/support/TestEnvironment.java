package dev.memoria.it.support;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the suite finds the artifacts under test. */
public final class TestEnvironment {

    private static final String AGENT_JAR_PROPERTY = "memoria.it.agent.jar";

    private TestEnvironment() {
    }

    /** The packaged agent jar, {@code agent/target/memoria-agent.jar}, as the build hands it to failsafe. */
    public static Path agentJar() {
        String value = System.getProperty(AGENT_JAR_PROPERTY);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + AGENT_JAR_PROPERTY + " is not set. Run the suite"
                    + " with Maven (mvn verify), which sets it to the packaged agent jar.");
        }
        Path jar = Path.of(value);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(AGENT_JAR_PROPERTY + " names " + jar + ", which does not exist.");
        }
        return jar;
    }

    /** The class path entry (directory or jar) that {@code type} was loaded from. */
    public static Path locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
