package dev.memoria.it.support;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the suite finds the artifacts under test. */
public final class TestEnvironment {

    private static final String AGENT_JAR_PROPERTY = "memoria.it.agent.jar";
    private static final String COMMONS_LANG3_JAR_PROPERTY = "memoria.it.commons-lang3.jar";
    private static final String VERSION_PROPERTY = "memoria.it.version";

    private TestEnvironment() {
    }

    /** The packaged agent jar, {@code agent/target/memoria-agent.jar}, as the build hands it to failsafe. */
    public static Path agentJar() {
        return jar(AGENT_JAR_PROPERTY, "the packaged agent jar");
    }

    /** The version of the artifacts under test, as the build hands it to failsafe, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String projectVersion() {
        String version = System.getProperty(VERSION_PROPERTY);
        if (version == null || version.isBlank()) {
            throw new IllegalStateException("System property " + VERSION_PROPERTY + " is not set. Run the suite"
                    + " with Maven (mvn verify), which sets it to the project's version.");
        }
        return version;
    }

    /** Apache Commons Lang from Maven Central: a library that knows nothing of Memoria. */
    public static Path commonsLang3Jar() {
        return jar(COMMONS_LANG3_JAR_PROPERTY, "the commons-lang3 jar in the local Maven repository");
    }

    private static Path jar(String property, String what) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set. Run the suite with"
                    + " Maven (mvn verify), which sets it to " + what + ".");
        }
        Path jar = Path.of(value);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(property + " names " + jar + ", which does not exist.");
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
