package dev.memoria.internal.inputs;

import dev.memoria.internal.report.Messages;
import dev.memoria.internal.report.Reporter;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The declared inputs of one cached method ({@code inputs} on its annotation or rule), whose current values join its
 * key on every call. Thread-safe: one instance per cached method.
 *
 * <p>Values: {@code env:NAME} (an environment variable), {@code property:name} (a system property), {@code file:path}
 * (one file, by content), {@code file:glob} (the files a glob matches, listed again on every call, each by relative
 * path and content). See {@code docs/inputs.md}.
 */
public final class DeclaredInputs {

    /** The prefixes, in the order messages list them. */
    public static final List<String> PREFIXES = List.of("env:", "property:", "file:");

    /** Longer globs are refused: the matcher is a regular expression, and its cost grows with the pattern. */
    static final int MAX_GLOB_LENGTH = 512;
    /** More wildcards than this in one glob could make matching backtrack badly on long paths. */
    static final int MAX_WILDCARDS = 4;

    private final List<DeclaredInput> inputs;

    private DeclaredInputs(List<DeclaredInput> inputs) {
        this.inputs = List.copyOf(inputs);
    }

    /**
     * Parses and validates the declarations of one method.
     *
     * @param reporter the engine's: told when a glob matches too much to read
     * @throws IllegalArgumentException naming the bad value, what is wrong and the fix
     */
    public static DeclaredInputs parse(List<String> declarations, Reporter reporter) {
        List<DeclaredInput> parsed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String declaration : declarations) {
            if (!seen.add(declaration)) {
                throw new IllegalArgumentException(Messages.inputListedTwice(declaration));
            }
            parsed.add(parseOne(declaration, reporter));
        }
        return new DeclaredInputs(parsed);
    }

    /**
     * Checks declarations without building them, for weave time.
     *
     * @throws IllegalArgumentException as {@link #parse}
     */
    public static void validate(List<String> declarations) {
        parse(declarations, Reporter.jvm()); // nothing is read, so nothing is reported
    }

    public boolean isEmpty() {
        return inputs.isEmpty();
    }

    /** The SHA-256 of every input's current value, in declaration order. */
    public byte[] currentDigest() {
        MessageDigest digest = Digests.sha256();
        Digests.number(digest, inputs.size());
        for (DeclaredInput input : inputs) {
            input.writeCurrent(digest);
        }
        return digest.digest();
    }

    private static DeclaredInput parseOne(String declaration, Reporter reporter) {
        int colon = declaration.indexOf(':');
        String prefix = colon < 0 ? "" : declaration.substring(0, colon + 1);
        if (!PREFIXES.contains(prefix)) {
            throw new IllegalArgumentException(Messages.inputWithoutPrefix(declaration, prefix));
        }
        String name = declaration.substring(colon + 1);
        if (name.isBlank()) {
            throw new IllegalArgumentException(Messages.inputWithoutName(declaration, prefix, what(prefix),
                    example(prefix)));
        }
        if (!name.strip().equals(name)) {
            throw new IllegalArgumentException(Messages.inputNameSpaced(declaration, prefix + name.strip()));
        }
        // a line break would also split the site descriptor's list of inputs
        if (name.chars().anyMatch(Character::isISOControl) || "env:".equals(prefix) && name.indexOf('=') >= 0) {
            throw new IllegalArgumentException(Messages.inputNameInvalid(declaration, what(prefix)));
        }
        return switch (prefix) {
            case "env:" -> TextInput.environment(name);
            case "property:" -> TextInput.property(name);
            default -> file(declaration, name, reporter);
        };
    }

    private static DeclaredInput file(String declaration, String path, Reporter reporter) {
        int firstWildcard = firstWildcard(path);
        if (firstWildcard < 0) {
            return new FileInput(path);
        }
        if (path.length() > MAX_GLOB_LENGTH) {
            throw new IllegalArgumentException(Messages.globTooLong(declaration, MAX_GLOB_LENGTH));
        }
        int baseEnd = path.lastIndexOf('/', firstWildcard);
        String base = baseEnd < 0 ? "" : baseEnd == 0 ? "/" : path.substring(0, baseEnd);
        String pattern = path.substring(baseEnd + 1);
        if (List.of(pattern.split("/", -1)).contains("..")) {
            throw new IllegalArgumentException(Messages.globLeavesItsDirectory(declaration));
        }
        if (wildcards(pattern) > MAX_WILDCARDS) {
            throw new IllegalArgumentException(Messages.globTooManyWildcards(declaration, MAX_WILDCARDS));
        }
        try {
            return new GlobInput(path, base, pattern, reporter);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(Messages.globInvalid(declaration, e.getMessage()), e);
        }
    }

    private static int firstWildcard(String path) {
        for (int i = 0; i < path.length(); i++) {
            if ("*?[{".indexOf(path.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Runs of '*' count once ("**" is one wildcard), each '?' once. */
    private static int wildcards(String glob) {
        int count = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '?' || c == '*' && (i == 0 || glob.charAt(i - 1) != '*')) {
                count++;
            }
        }
        return count;
    }

    private static String what(String prefix) {
        return switch (prefix) {
            case "env:" -> "environment variable";
            case "property:" -> "system property";
            default -> "file path or glob";
        };
    }

    private static String example(String prefix) {
        return switch (prefix) {
            case "env:" -> "REGION";
            case "property:" -> "app.mode";
            default -> "data/sales.csv";
        };
    }
}
