package dev.memoria.agent.rules;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Turns a name with {@code *} wildcards into a regular expression; everything else matches literally. */
final class Globs {

    private Globs() {
    }

    /** @param star what one {@code *} matches, as a regular expression */
    static String regex(String glob, String star) {
        return Arrays.stream(glob.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(star));
    }
}
