package dev.memoria.agent.rules;

import java.util.List;

/**
 * One rule as written, split into its words but not yet understood: {@code kind pattern name=value ...}.
 *
 * @param kind       the first word
 * @param pattern    the method pattern, {@code null} when the line has only a kind
 * @param attributes the {@code name=value} pairs, values without their quotes, in line order
 */
record RuleLine(String kind, String pattern, List<Attribute> attributes) {

    /** One {@code name=value} pair. */
    record Attribute(String name, String value) {
    }
}
