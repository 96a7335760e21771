package dev.memoria.agent.fingerprint;

import java.util.List;

/**
 * A read, found in project code that a cached method reaches, of a value its key cannot see: the environment, a
 * system property, a file or resource, the clock, randomness, or a mutable static field of a project class.
 *
 * @param kind   what is read
 * @param source the call that reads it, e.g. {@code System.getenv}; {@code ""} for a static field
 * @param name   the variable, property or file named by a string constant at the call, the static field
 *               ({@code com.acme.Config.mode}), else {@code ""}
 * @param path   the methods from the cached method to the one that reads, as {@code owner.name(descriptor)} with
 *               internal class names; the cached method alone when it reads the value itself
 */
public record HiddenRead(Kind kind, String source, String name, List<Method> path) {

    /** What a hidden read reads, and the prefix of the {@code inputs} declaration that can key it, if any. */
    public enum Kind {
        ENVIRONMENT("the environment variable", "env:"),
        PROPERTY("the system property", "property:"),
        FILE("the file", "file:"),
        RESOURCE("a class-path resource", null),
        CLOCK("the clock", null),
        RANDOM("randomness", null),
        STATIC_FIELD("the mutable static field", null);

        private final String noun;
        private final String inputPrefix;

        Kind(String noun, String inputPrefix) {
            this.noun = noun;
            this.inputPrefix = inputPrefix;
        }

        public String noun() {
            return noun;
        }

        /** The {@code inputs} prefix that declares this kind of input, or {@code null} when none can. */
        public String inputPrefix() {
            return inputPrefix;
        }
    }

    /** A method on a call path: {@code owner} is an internal name, {@code name} may be {@code <clinit>}. */
    public record Method(String owner, String name, String descriptor) {
    }

    public HiddenRead {
        path = List.copyOf(path);
    }

    /** The {@code inputs} value that would key this read, e.g. {@code env:REGION}, or {@code null} when none can. */
    public String declaration() {
        return kind.inputPrefix() == null || name.isEmpty() ? null : kind.inputPrefix() + name;
    }

    /** The same read found at another place: what is read, without the path. */
    HiddenRead at(List<Method> newPath) {
        return new HiddenRead(kind, source, name, newPath);
    }
}
