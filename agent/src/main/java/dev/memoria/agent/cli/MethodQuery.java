package dev.memoria.agent.cli;

import dev.memoria.agent.report.Messages;

import java.util.List;
import java.util.function.Function;
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
     * The one stored method the name means, of {@code methods} named by {@code name}, in {@code location} (the cache
     * directory or the shared store, for messages).
     *
     * @throws CliException when no method matches, listing what is stored, or several do, listing them
     */
    <T> T select(List<T> methods, Function<T, String> name, String location) {
        List<T> matches = methods.stream().filter(method -> matches(name.apply(method))).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new CliException(Messages.noStoredMethod(text, location, names(methods, name)));
        }
        throw new CliException(Messages.severalStoredMethods(text, matches.size(), names(matches, name),
                name.apply(matches.get(0))));
    }

    private boolean matches(String method) {
        String name = normalize(method);
        String candidate = normalized.contains("(") ? name : name.substring(0, name.indexOf('('));
        return candidate.equals(normalized) || candidate.endsWith("." + normalized);
    }

    private static String normalize(String name) {
        return name.replaceAll("\\s", "").replace('$', '.');
    }

    private static <T> String names(List<T> methods, Function<T, String> name) {
        return methods.stream().map(method -> "\n  " + name.apply(method)).collect(Collectors.joining());
    }
}
