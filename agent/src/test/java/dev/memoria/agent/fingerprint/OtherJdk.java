package dev.memoria.agent.fingerprint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The javac of a JDK other than the one running the tests: named by {@code -Dmemoria.test.javac}, or else found
 * beside the running JDK (e.g. under {@code /usr/lib/jvm}), choosing one of another feature version.
 */
final class OtherJdk {

    private OtherJdk() {
    }

    static Optional<Path> javac() {
        String configured = System.getProperty("memoria.test.javac");
        if (configured != null) {
            return Optional.of(Path.of(configured));
        }
        Path home = Path.of(System.getProperty("java.home"));
        String running = featureVersion(home).orElse("");
        try (Stream<Path> siblings = Files.list(home.getParent())) {
            return siblings.filter(jdk -> Files.isExecutable(jdk.resolve("bin/javac")))
                    .filter(jdk -> featureVersion(jdk).filter(version -> !version.equals(running)).isPresent())
                    .sorted()
                    .map(jdk -> jdk.resolve("bin/javac"))
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The feature version in a JDK's {@code release} file, e.g. {@code 25} for {@code JAVA_VERSION="25.0.3"}. */
    private static Optional<String> featureVersion(Path jdk) {
        try (Stream<String> lines = Files.lines(jdk.resolve("release"))) {
            return lines.filter(line -> line.startsWith("JAVA_VERSION="))
                    .map(line -> line.replaceAll("JAVA_VERSION=\"?(\\d+).*", "$1"))
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
