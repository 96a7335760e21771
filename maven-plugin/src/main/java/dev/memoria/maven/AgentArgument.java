package dev.memoria.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders {@code -javaagent:<jar>[=<options>]} for a forked JVM's command line. Surefire splits {@code argLine} at
 * spaces outside quotes, so an argument with a space is quoted; the agent splits its options at commas, so a value
 * holding one is refused rather than misread.
 */
final class AgentArgument {

    private AgentArgument() {
    }

    /**
     * @param cacheDir  the agent's {@code cacheDir=} option, or {@code null}
     * @param rulesFile the agent's {@code config=} option, or {@code null}
     * @throws IllegalArgumentException when a value holds a comma, naming the parameter
     */
    static String render(Path agentJar, Path cacheDir, Path rulesFile) {
        List<String> options = new ArrayList<>();
        if (cacheDir != null) {
            options.add("cacheDir=" + value("cacheDir", cacheDir));
        }
        if (rulesFile != null) {
            options.add("config=" + value("rulesFile", rulesFile));
        }
        String argument = "-javaagent:" + agentJar + (options.isEmpty() ? "" : "=" + String.join(",", options));
        return argument.contains(" ") ? '"' + argument + '"' : argument;
    }

    /** Puts the agent before the JVM options already set, as JaCoCo's prepare-agent does. */
    static String prepend(String argument, String existing) {
        return existing == null || existing.isBlank() ? argument : argument + " " + existing.trim();
    }

    private static String value(String parameter, Path path) {
        String text = path.toAbsolutePath().toString();
        if (text.contains(",") || text.contains("\"")) {
            throw new IllegalArgumentException(Messages.pathWithSeparator(parameter, text));
        }
        return text;
    }
}
