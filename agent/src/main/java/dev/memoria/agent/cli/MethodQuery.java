package dev.memoria.agent.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A method named on the command line, as people write it: {@code example.Reports.load(int)},
 * {@code example.Reports.load} or {@code Reports.load}. It must mean one method: overloads are told apart by their
 * parameter types. Spaces are ignored, and a nested class may be written {@code Outer.Inner} or {@code Outer$Inner}.
 */
final class MethodQuery {

    private final String text;
    private final String normalized;

    MethodQuery(String text) {
        this.text = text;
        this.normalized = normalize(text);
    }

    /**
     * The one stored method the name means.
     *
     * @throws CliException when no method matches, listing what is stored, or several do, listing them
     */
    StoredMethod select(List<StoredMethod> methods, Path cacheDirectory) {
        List<StoredMethod> matches = methods.stream().filter(this::matches).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new CliException(methods.isEmpty()
                    ? "No stored method matches '" + text + "': " + cacheDirectory + " holds no persisted entries."
                    : "No stored method matches '" + text + "'. " + cacheDirectory + " holds:" + names(methods)
                      + "\nName one in full, as example.Reports.load(int), or by class and method, as Reports.load.");
        }
        throw new CliException("'" + text + "' matches " + matches.size() + " stored methods:" + names(matches)
                + "\nName one in full, with its parameter types, e.g. '" + matches.get(0).name() + "'.");
    }

    private boolean matches(StoredMethod method) {
        String name = normalize(method.name());
        String candidate = normalized.contains("(") ? name : name.substring(0, name.indexOf('('));
        return candidate.equals(normalized) || candidate.endsWith("." + normalized);
    }

    private static String normalize(String name) {
        return name.replaceAll("\\s", "").replace('$', '.');
    }

    private static String names(List<StoredMethod> methods) {
        return methods.stream().map(method -> "\n  " + method.name()).collect(Collectors.joining());
    }
}
