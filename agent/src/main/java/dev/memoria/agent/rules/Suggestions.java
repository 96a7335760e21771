package dev.memoria.agent.rules;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The known name closest to a misspelt one, for "Did you mean ...?" hints. */
final class Suggestions {

    private Suggestions() {
    }

    /** The closest of {@code known}, if it is close enough to be a likely typo (case is ignored). */
    static Optional<String> closest(String given, Collection<String> known) {
        String lower = given.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = 1 + given.length() / 3;
        for (String candidate : known) {
            int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (distance <= bestDistance && (best == null || distance < bestDistance)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code " Did you mean 'x'?"}, or nothing. */
    static String didYouMean(String given, Collection<String> known) {
        return closest(given, known).map(name -> " Did you mean '" + name + "'?").orElse("");
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
