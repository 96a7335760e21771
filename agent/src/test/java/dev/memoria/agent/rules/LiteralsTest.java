package dev.memoria.agent.rules;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Literals}: one pass over a name finds every text it contains, as {@link String#contains} would. */
class LiteralsTest {

    @Test
    @DisplayName("texts that overlap, nest and share starts are all found, and only those the name contains")
    void overlappingTexts() {
        List<String> texts = List.of("he", "she", "his", "hers", "Service1", "Service12", "ice1");

        assertThat(found(texts, "ushers")).containsExactly("he", "hers", "she");
        assertThat(found(texts, "com/acme/MyService12")).containsExactly("Service1", "Service12", "ice1");
        assertThat(found(texts, "com/acme/Dog")).isEmpty();
        assertThat(found(List.of("Café", "é", "über"), "org/Café/über")).containsExactly("Café", "é", "über");
    }

    @Test
    @DisplayName("on random texts and names over a small alphabet, it finds exactly what String.contains finds")
    void sameAsContains() {
        Random random = new Random(18);
        for (int round = 0; round < 200; round++) {
            List<String> texts = IntStream.range(0, 1 + random.nextInt(30))
                    .mapToObj(i -> randomText(random, 1 + random.nextInt(5))).toList();
            String name = randomText(random, random.nextInt(40));

            Set<String> expected = new TreeSet<>(texts.stream().filter(name::contains).toList());
            assertThat(found(texts, name)).as("%s in %s", texts, name).isEqualTo(expected);
        }
    }

    private static Set<String> found(List<String> texts, String name) {
        Literals literals = new Literals(texts, IntStream.range(0, texts.size()).toArray());
        Set<String> found = new TreeSet<>();
        for (int i = 0, node = 0; i < name.length(); i++) {
            node = literals.step(node, name.charAt(i));
            for (int id : literals.endingAt(node)) {
                found.add(texts.get(id));
            }
        }
        return found;
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append("abc".charAt(random.nextInt(3)));
        }
        return text.toString();
    }
}
